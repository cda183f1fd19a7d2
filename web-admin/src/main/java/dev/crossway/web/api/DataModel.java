package dev.crossway.web.api;

import java.util.Locale;

/**
 * The Redox data models this API speaks, with the name Redox writes in {@code Meta.DataModel}.
 * Redox itself is not consistent ("Clinical Summary" in its documentation, "ClinicalSummary" in
 * many partners' code), so a request may spell a model with or without spaces, in any case; an
 * answer always uses Redox's own spelling.
 */
public enum DataModel {
    CLINICAL_SUMMARY("Clinical Summary"),
    PATIENT_SEARCH("PatientSearch"),
    PATIENT_ADMIN("PatientAdmin"),
    SCHEDULING("Scheduling"),
    ORGANIZATION("Organization");

    private final String redoxName;

    DataModel(String redoxName) {
        this.redoxName = redoxName;
    }

    /** As Redox writes it in answers. */
    public String redoxName() {
        return redoxName;
    }

    /** Whether {@code given} names this model: spaces, hyphens and case do not matter. */
    public boolean isNamedBy(String given) {
        return given != null && canonical(given).equals(canonical(redoxName));
    }

    static String canonical(String name) {
        return name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }
}
