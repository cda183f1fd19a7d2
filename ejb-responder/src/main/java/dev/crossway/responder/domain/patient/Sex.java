package dev.crossway.responder.domain.patient;

import java.util.Locale;

/** Administrative sex as partners send it (Redox "Male" | "Female" | "Unknown") and XCPD codes it (M, F, UN). */
public enum Sex {
    MALE("Male", "M"), FEMALE("Female", "F"), UNKNOWN("Unknown", "UN");

    private final String label;
    private final String hl7;

    Sex(String label, String hl7) {
        this.label = label;
        this.hl7 = hl7;
    }

    public String label() {
        return label;
    }

    public String hl7() {
        return hl7;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** "Male", "female", "M", "F", "UN"...; anything else is refused. */
    public static Sex parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Sex s : values()) {
            if (s.label.toUpperCase(Locale.ROOT).equals(t) || s.hl7.equals(t) || s.name().equals(t)) {
                return s;
            }
        }
        if (t.isEmpty() || t.equals("U") || t.equals("OTHER")) {
            return UNKNOWN;
        }
        throw new IllegalArgumentException("sex '" + text + "' is not Male, Female or Unknown");
    }
}
