package dev.crossway.initiator.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of a clinical summary, each with the LOINC code that C-CDA gives its section. The
 * first nine are read into discrete entries; the others are kept as narrative only.
 */
public enum SummarySection {
    ADVANCE_DIRECTIVES("42348-3"),
    ALLERGIES("48765-2"),
    ENCOUNTERS("46240-8"),
    FAMILY_HISTORY("10157-6"),
    IMMUNIZATIONS("11369-6"),
    INSURANCES("48768-6"),
    MEDICAL_EQUIPMENT("46264-8"),
    MEDICATIONS("10160-0"),
    PLAN_OF_CARE("18776-5"),
    PROBLEMS("11450-4"),
    PROCEDURES("47519-4"),
    RESULTS("30954-2"),
    SOCIAL_HISTORY("29762-2"),
    VITAL_SIGNS("8716-3");

    private final String loinc;

    SummarySection(String loinc) {
        this.loinc = loinc;
    }

    public String loinc() {
        return loinc;
    }

    public static Optional<SummarySection> byLoinc(String code) {
        return Arrays.stream(values()).filter(s -> s.loinc.equals(code)).findFirst();
    }
}
