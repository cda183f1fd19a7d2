package dev.crossway.interop.ccda;

import java.util.Map;

/** Names for the code system OIDs C-CDA uses, for senders that leave codeSystemName out. */
final class CodeSystems {

    static final String LOINC = "2.16.840.1.113883.6.1";
    static final String SNOMED = "2.16.840.1.113883.6.96";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(LOINC, "LOINC"),
            Map.entry(SNOMED, "SNOMED CT"),
            Map.entry("2.16.840.1.113883.6.88", "RxNorm"),
            Map.entry("2.16.840.1.113883.12.292", "CVX"),
            Map.entry("2.16.840.1.113883.6.90", "ICD-10-CM"),
            Map.entry("2.16.840.1.113883.6.103", "ICD-9-CM"),
            Map.entry("2.16.840.1.113883.6.12", "CPT"),
            Map.entry("2.16.840.1.113883.6.69", "NDC"),
            Map.entry("2.16.840.1.113883.6.8", "UCUM"),
            Map.entry("2.16.840.1.113883.3.26.1.1", "NCI Thesaurus"),
            Map.entry("2.16.840.1.113883.5.83", "ObservationInterpretation"),
            Map.entry("2.16.840.1.113883.5.4", "ActCode"),
            Map.entry("2.16.840.1.113883.5.25", "Confidentiality"),
            Map.entry("2.16.840.1.113883.5.1", "AdministrativeGender"),
            Map.entry("2.16.840.1.113883.6.238", "CDC Race and Ethnicity"));

    private CodeSystems() {
    }

    static String name(String oid) {
        return oid == null ? null : NAMES.get(oid);
    }
}
