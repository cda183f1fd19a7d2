package dev.crossway.interop.ccda;

import java.util.List;
import org.w3c.dom.Element;

/**
 * The sections Crossway reads into discrete data, recognised by templateId root (any
 * extension, so R1.1 and R2.1 alike; "entries optional" and "entries required" alike), else
 * by the LOINC section code.
 */
enum SectionKind {
    ALLERGIES("Allergies", "48765-2", "2.16.840.1.113883.10.20.22.2.6", "2.16.840.1.113883.10.20.22.2.6.1"),
    MEDICATIONS("Medications", "10160-0", "2.16.840.1.113883.10.20.22.2.1", "2.16.840.1.113883.10.20.22.2.1.1"),
    PROBLEMS("Problems", "11450-4", "2.16.840.1.113883.10.20.22.2.5", "2.16.840.1.113883.10.20.22.2.5.1"),
    RESULTS("Results", "30954-2", "2.16.840.1.113883.10.20.22.2.3", "2.16.840.1.113883.10.20.22.2.3.1"),
    VITAL_SIGNS("VitalSigns", "8716-3", "2.16.840.1.113883.10.20.22.2.4", "2.16.840.1.113883.10.20.22.2.4.1"),
    IMMUNIZATIONS("Immunizations", "11369-6", "2.16.840.1.113883.10.20.22.2.2", "2.16.840.1.113883.10.20.22.2.2.1"),
    PROCEDURES("Procedures", "47519-4", "2.16.840.1.113883.10.20.22.2.7", "2.16.840.1.113883.10.20.22.2.7.1"),
    ENCOUNTERS("Encounters", "46240-8", "2.16.840.1.113883.10.20.22.2.22", "2.16.840.1.113883.10.20.22.2.22.1"),
    SOCIAL_HISTORY("SocialHistory", "29762-2", "2.16.840.1.113883.10.20.22.2.17");

    static final String OTHER = "Other";

    private final String redoxName;
    private final String loinc;
    private final List<String> templateRoots;

    SectionKind(String redoxName, String loinc, String... templateRoots) {
        this.redoxName = redoxName;
        this.loinc = loinc;
        this.templateRoots = List.of(templateRoots);
    }

    String redoxName() {
        return redoxName;
    }

    /** The kind of a section, or null for one Crossway keeps only as narrative. */
    static SectionKind of(Element section) {
        for (SectionKind kind : values()) {
            for (String root : kind.templateRoots) {
                if (Dom.hasTemplate(section, root)) {
                    return kind;
                }
            }
        }
        Element code = Dom.child(section, "code");
        String loinc = Dom.attr(code, "code");
        for (SectionKind kind : values()) {
            if (kind.loinc.equals(loinc)) {
                return kind;
            }
        }
        return null;
    }
}
