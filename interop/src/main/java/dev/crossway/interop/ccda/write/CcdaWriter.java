package dev.crossway.interop.ccda.write;

import dev.crossway.interop.ccda.model.Address;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Demographics;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Identifier;
import dev.crossway.interop.ccda.model.Organization;
import dev.crossway.interop.ccda.model.Patient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders discrete clinical data as a C-CDA R2.1 Continuity of Care Document (US Realm Header
 * 2.16.840.1.113883.10.20.22.1.1 and CCD 2.16.840.1.113883.10.20.22.1.2, both 2015-08-01): the
 * header from the patient and the custodian community, the six sections a CCD SHALL have
 * (allergies, medications, problems, results, social history, vital signs; with {@code
 * nullFlavor="NI"} when there is nothing to say) and immunizations, procedures, encounters and
 * plan of treatment when there is data. Every section's narrative is a table generated from its
 * entries, and every entry and coded name points back at its row ({@code reference value="#..."}).
 * Written with StAX, so every value is escaped. See docs/decisions/store.md, "Rendering C-CDA".
 *
 * <p>Input is expected to be checked already (dates ISO 8601, code systems OIDs, numbers numeric):
 * see {@link #acceptsTime}, {@link #codeSystemOid} and {@link #acceptsNumber}; anything else
 * raises {@link IllegalArgumentException}.
 */
public final class CcdaWriter {

    static final String CCD_CODE = "34133-9";
    static final String LOINC = "2.16.840.1.113883.6.1";
    static final String SNOMED = "2.16.840.1.113883.6.96";
    static final String R21 = "2015-08-01";
    static final String R20 = "2014-06-09";

    private static final Map<String, String> SYSTEMS_BY_NAME = Map.ofEntries(
            Map.entry("LOINC", LOINC), Map.entry("SNOMED", SNOMED), Map.entry("SNOMED CT", SNOMED),
            Map.entry("SNOMEDCT", SNOMED), Map.entry("SNOMED-CT", SNOMED),
            Map.entry("RXNORM", "2.16.840.1.113883.6.88"), Map.entry("CVX", "2.16.840.1.113883.12.292"),
            Map.entry("ICD-10-CM", "2.16.840.1.113883.6.90"), Map.entry("ICD10CM", "2.16.840.1.113883.6.90"),
            Map.entry("ICD-9-CM", "2.16.840.1.113883.6.103"), Map.entry("CPT", "2.16.840.1.113883.6.12"),
            Map.entry("NDC", "2.16.840.1.113883.6.69"), Map.entry("UCUM", "2.16.840.1.113883.6.8"),
            Map.entry("NCI THESAURUS", "2.16.840.1.113883.3.26.1.1"), Map.entry("NCI", "2.16.840.1.113883.3.26.1.1"),
            Map.entry("HSLOC", "2.16.840.1.113883.6.259"), Map.entry("ACTCODE", "2.16.840.1.113883.5.4"));
    private static final Map<String, String> RACES = Map.of(
            "american indian or alaska native", "1002-5", "asian", "2028-9", "black or african american", "2054-5",
            "native hawaiian or other pacific islander", "2076-8", "white", "2106-3", "other race", "2131-1");
    private static final Map<String, String> ETHNICITIES = Map.of(
            "hispanic or latino", "2135-2", "not hispanic or latino", "2186-5");
    static final String RACE_SYSTEM = "2.16.840.1.113883.6.238";

    private CcdaWriter() {
    }

    /** The rendered document, UTF-8. */
    public static byte[] write(CcdaDocumentSpec spec) {
        XmlOut out = new XmlOut();
        out.root("ClinicalDocument");
        header(out, spec);
        out.start("component").start("structuredBody");
        new SectionWriter(out, spec.documentId()).write(spec.content(), spec.planOfCareText());
        out.end().end();
        out.end();
        return out.finish();
    }

    /** An ISO 8601 date or time the writer can render (null and blank count as absent, so acceptable). */
    public static boolean acceptsTime(String iso) {
        return Times.readable(iso);
    }

    /** A decimal number, or a "low-high" range of two. */
    public static boolean acceptsNumber(String quantity) {
        return quantity == null || quantity.isBlank() || Values.number(quantity) || Values.range(quantity) != null;
    }

    /**
     * The OID of a code system given as an OID or by one of its common names (RxNorm, LOINC, SNOMED
     * CT, CVX, ICD-10-CM, CPT, NDC...); null when it is neither.
     */
    public static String codeSystemOid(String system) {
        if (system == null || system.isBlank()) {
            return null;
        }
        String s = system.trim();
        if (s.matches("[0-2](\\.(0|[1-9][0-9]*))+")) {
            return s;
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("urn:oid:")) {
            return codeSystemOid(s.substring(8));
        }
        return SYSTEMS_BY_NAME.get(s.toUpperCase(Locale.ROOT));
    }

    private static void header(XmlOut out, CcdaDocumentSpec spec) {
        String now = Times.ts(spec.effectiveTime());
        out.empty("realmCode", "code", "US");
        out.empty("typeId", "root", "2.16.840.1.113883.1.3", "extension", "POCD_HD000040");
        out.empty("templateId", "root", "2.16.840.1.113883.10.20.22.1.1");
        out.empty("templateId", "root", "2.16.840.1.113883.10.20.22.1.1", "extension", R21);
        out.empty("templateId", "root", "2.16.840.1.113883.10.20.22.1.2");
        out.empty("templateId", "root", "2.16.840.1.113883.10.20.22.1.2", "extension", R21);
        out.empty("id", "root", spec.documentId());
        out.empty("code", "code", CCD_CODE, "codeSystem", LOINC, "codeSystemName", "LOINC",
                "displayName", "Summarization of Episode Note");
        out.element("title", spec.title() != null && !spec.title().isBlank() ? spec.title() : spec.kind().title());
        out.empty("effectiveTime", "value", now);
        out.empty("confidentialityCode", "code", "N", "codeSystem", "2.16.840.1.113883.5.25", "displayName", "normal");
        out.empty("languageCode", "code", language(spec));
        out.empty("setId", "root", spec.documentId());
        out.empty("versionNumber", "value", "1");
        recordTarget(out, spec.content().patient());
        author(out, spec, now);
        custodian(out, spec.custodian());
        String[] service = serviceTimes(spec);
        out.start("documentationOf").start("serviceEvent", "classCode", "PCPR");
        out.start("effectiveTime");
        low(out, "low", service[0]);
        low(out, "high", service[1]);
        out.end().end().end();
        if (spec.kind() == DocumentKind.ENCOUNTER_SUMMARY) {
            encompassingEncounter(out, spec);
        }
    }

    private static String language(CcdaDocumentSpec spec) {
        var header = spec.content().header();
        String locale = header == null || header.document() == null ? null : header.document().locale();
        return locale != null && locale.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*") ? locale : "en-US";
    }

    private static void low(XmlOut out, String name, String ts) {
        if (ts == null) {
            out.empty(name, "nullFlavor", "UNK");
        } else {
            out.empty(name, "value", ts);
        }
    }

    /** The service event spans the data: the earliest and latest time any entry gives, else the document's time. */
    private static String[] serviceTimes(CcdaDocumentSpec spec) {
        if (spec.kind() == DocumentKind.ENCOUNTER_SUMMARY) {
            return new String[] {Times.ts(spec.visit().dateTime()), Times.ts(spec.visit().endDateTime())};
        }
        List<String> times = new ArrayList<>();
        ClinicalSummary c = spec.content();
        c.allergies().forEach(a -> times.add(a.startDate()));
        c.medications().forEach(m -> { times.add(m.startDate()); times.add(m.endDate()); });
        c.problems().forEach(p -> times.add(p.startDate()));
        c.results().forEach(r -> times.add(r.dateTime()));
        c.vitalSigns().forEach(v -> times.add(v.dateTime()));
        c.immunizations().forEach(i -> times.add(i.dateTime()));
        c.procedures().forEach(p -> times.add(p.dateTime()));
        c.encounters().forEach(e -> times.add(e.dateTime()));
        String low = null;
        String high = null;
        for (String t : times) {
            String ts = Times.ts(t);
            if (ts == null) {
                continue;
            }
            String key = ts.length() >= 8 ? ts.substring(0, 8) : ts;
            if (low == null || key.compareTo(low.substring(0, Math.min(8, low.length()))) < 0) {
                low = ts;
            }
            if (high == null || key.compareTo(high.substring(0, Math.min(8, high.length()))) > 0) {
                high = ts;
            }
        }
        String now = Times.ts(spec.effectiveTime());
        return new String[] {low != null ? low : now, high != null && !high.equals(low) ? high : now};
    }

    private static void recordTarget(XmlOut out, Patient patient) {
        out.start("recordTarget").start("patientRole");
        boolean anyId = false;
        for (Identifier id : patient.identifiers()) {
            if (id.id() != null && id.idType() != null) {
                out.empty("id", "extension", id.id(), "root", id.idType());
                anyId = true;
            }
        }
        if (!anyId) {
            out.empty("id", "nullFlavor", "NI");
        }
        Demographics d = patient.demographics();
        address(out, d == null ? null : d.address(), "HP");
        boolean anyTelecom = false;
        if (d != null && d.phoneNumber() != null) {
            anyTelecom |= telecom(out, d.phoneNumber().home(), "HP");
            anyTelecom |= telecom(out, d.phoneNumber().mobile(), "MC");
            anyTelecom |= telecom(out, d.phoneNumber().office(), "WP");
        }
        if (d != null) {
            for (String email : d.emailAddresses()) {
                if (email != null && !email.isBlank()) {
                    out.empty("telecom", "use", "HP", "value", "mailto:" + email.trim());
                    anyTelecom = true;
                }
            }
        }
        if (!anyTelecom) {
            out.empty("telecom", "nullFlavor", "UNK");
        }
        out.start("patient");
        if (d == null || d.firstName() == null && d.lastName() == null) {
            out.empty("name", "nullFlavor", "UNK");
        } else {
            out.start("name", "use", "L").element("given", d.firstName()).element("given", d.middleName())
                    .element("family", d.lastName()).end();
        }
        String sex = d == null || d.sex() == null ? "" : d.sex().trim().toLowerCase(Locale.ROOT);
        switch (sex) {
            case "male", "m" -> out.empty("administrativeGenderCode", "code", "M", "codeSystem", "2.16.840.1.113883.5.1",
                    "displayName", "Male");
            case "female", "f" -> out.empty("administrativeGenderCode", "code", "F", "codeSystem", "2.16.840.1.113883.5.1",
                    "displayName", "Female");
            case "other", "un", "nonbinary" -> out.empty("administrativeGenderCode", "code", "UN",
                    "codeSystem", "2.16.840.1.113883.5.1", "displayName", "Undifferentiated");
            default -> out.empty("administrativeGenderCode", "nullFlavor", "UNK");
        }
        String birth = d == null ? null : Times.ts(d.dob());
        if (birth == null) {
            out.empty("birthTime", "nullFlavor", "UNK");
        } else {
            out.empty("birthTime", "value", birth);
        }
        category(out, "raceCode", d == null ? null : d.race(), RACES);
        category(out, "ethnicGroupCode", d == null ? null : d.ethnicity(), ETHNICITIES);
        if (d != null && d.language() != null && d.language().matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            out.start("languageCommunication").empty("languageCode", "code", d.language())
                    .empty("preferenceInd", "value", "true").end();
        }
        out.end().end().end();
    }

    /** An OMB race or ethnicity by its name; another name is kept as text ({@code nullFlavor="OTH"}). */
    private static void category(XmlOut out, String element, String name, Map<String, String> codes) {
        if (name == null || name.isBlank()) {
            out.empty(element, "nullFlavor", "UNK");
            return;
        }
        String code = codes.get(name.trim().toLowerCase(Locale.ROOT));
        if (code == null) {
            out.start(element, "nullFlavor", "OTH").element("originalText", name).end();
        } else {
            out.empty(element, "code", code, "codeSystem", RACE_SYSTEM, "codeSystemName", "CDC Race and Ethnicity",
                    "displayName", name.trim());
        }
    }

    static void address(XmlOut out, Address a, String use) {
        if (a == null || a.streetAddress() == null && a.city() == null) {
            out.empty("addr", "nullFlavor", "UNK");
            return;
        }
        out.start("addr", "use", use);
        if (a.streetAddress() == null) {
            out.empty("streetAddressLine", "nullFlavor", "UNK");
        } else {
            out.element("streetAddressLine", a.streetAddress());
        }
        if (a.city() == null) {
            out.empty("city", "nullFlavor", "UNK");
        } else {
            out.element("city", a.city());
        }
        if (a.state() != null) {
            out.element("state", a.state());
        } else {
            out.empty("state", "nullFlavor", "UNK");
        }
        if (a.zip() != null) {
            out.element("postalCode", a.zip());
        } else {
            out.empty("postalCode", "nullFlavor", "UNK");
        }
        out.element("country", a.country() != null ? a.country() : "US");
        out.end();
    }

    private static boolean telecom(XmlOut out, String number, String use) {
        if (number == null || number.isBlank()) {
            return false;
        }
        out.empty("telecom", "use", use, "value", "tel:" + number.trim().replace(' ', '-'));
        return true;
    }

    /** Crossway's renderer, on behalf of the custodian community. */
    private static void author(XmlOut out, CcdaDocumentSpec spec, String time) {
        out.start("author");
        out.empty("time", "value", time);
        out.start("assignedAuthor");
        out.empty("id", "root", spec.custodian().id());
        address(out, spec.custodian().address(), "WP");
        if (!telecom(out, spec.custodian().phoneNumber(), "WP")) {
            out.empty("telecom", "nullFlavor", "UNK");
        }
        out.start("assignedAuthoringDevice");
        out.element("manufacturerModelName", "Crossway");
        out.element("softwareName", "Crossway C-CDA renderer");
        out.end();
        organization(out, "representedOrganization", spec.custodian());
        out.end().end();
    }

    private static void custodian(XmlOut out, Organization org) {
        out.start("custodian").start("assignedCustodian");
        organization(out, "representedCustodianOrganization", org);
        out.end().end();
    }

    private static void organization(XmlOut out, String element, Organization org) {
        out.start(element);
        out.empty("id", "root", org.id());
        out.element("name", org.name() != null ? org.name() : org.id());
        if (!telecom(out, org.phoneNumber(), "WP")) {
            out.empty("telecom", "nullFlavor", "UNK");
        }
        address(out, org.address(), "WP");
        out.end();
    }

    private static void encompassingEncounter(XmlOut out, CcdaDocumentSpec spec) {
        Encounter visit = spec.visit();
        out.start("componentOf").start("encompassingEncounter");
        out.empty("id", "root", spec.documentId(), "extension", "visit");
        if (visit.type() != null && visit.type().code() != null) {
            out.empty("code", "code", visit.type().code(), "codeSystem", codeSystemOid(visit.type().codeSystem()),
                    "codeSystemName", visit.type().codeSystemName(), "displayName", visit.type().name());
        }
        out.start("effectiveTime");
        low(out, "low", Times.ts(visit.dateTime()));
        if (visit.endDateTime() != null) {
            out.empty("high", "value", Times.ts(visit.endDateTime()));
        }
        out.end();
        if (visit.location() != null && !visit.location().isBlank()) {
            out.start("location").start("healthCareFacility");
            out.start("location").element("name", visit.location()).end();
            out.end().end();
        }
        out.end().end();
    }
}
