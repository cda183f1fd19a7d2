package dev.crossway.interop.ccda.write;

/**
 * What a rendered C-CDA R2.1 document summarises. Both are Continuity of Care Documents (LOINC
 * 34133-9, template 2.16.840.1.113883.10.20.22.1.2:2015-08-01), as EHRs send their encounter
 * summaries; the visit-level one also names its encounter in {@code componentOf}.
 */
public enum DocumentKind {
    /** Patient level: everything the partner holds about the patient (Redox PatientPush). */
    CONTINUITY_OF_CARE("Continuity of Care Document"),
    /** Visit level: one encounter and what was recorded in it (Redox VisitPush with discrete data). */
    ENCOUNTER_SUMMARY("Encounter Summary");

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    /** The default document title. */
    public String title() {
        return title;
    }
}
