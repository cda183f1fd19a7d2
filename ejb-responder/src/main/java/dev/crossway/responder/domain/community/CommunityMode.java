package dev.crossway.responder.domain.community;

/**
 * How a hosted community answers: from Crossway's own patient index and document store
 * ({@code STORED}), or on behalf of a facility with its own gateway ({@code GATEWAY}).
 */
public enum CommunityMode {
    STORED("Stored"), GATEWAY("Gateway");

    private final String label;

    CommunityMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CommunityMode parse(String text) {
        for (CommunityMode m : values()) {
            if (m.label.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode '" + text + "' is neither Stored nor Gateway");
    }
}
