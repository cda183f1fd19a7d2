package dev.crossway.initiator.domain.audit;

/**
 * How an outbound access ended: {@code SUCCESS} when something came back (matches, a list, a
 * document), {@code NO_MATCH} when every community answered with nothing, {@code PARTIAL} when
 * some failed and others answered, {@code ERROR} when nothing usable came back.
 */
public enum AccessOutcome {
    SUCCESS("Success"), NO_MATCH("NoMatch"), PARTIAL("Partial"), ERROR("Error");

    private final String label;

    AccessOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
