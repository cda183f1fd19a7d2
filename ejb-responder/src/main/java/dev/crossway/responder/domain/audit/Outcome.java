package dev.crossway.responder.domain.audit;

/** How a request ended, for the audit trail. */
public enum Outcome {
    SUCCESS("Success"), NO_MATCH("NoMatch"), REFUSED("Refused"), ERROR("Error");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Outcome parse(String label) {
        for (Outcome o : values()) {
            if (o.label.equalsIgnoreCase(label) || o.name().equalsIgnoreCase(label)) {
                return o;
            }
        }
        throw new IllegalArgumentException("outcome '" + label + "' is not Success, NoMatch, Refused or Error");
    }
}
