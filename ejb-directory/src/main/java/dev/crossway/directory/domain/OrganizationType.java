package dev.crossway.directory.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an organization sits in Carequality: an implementer runs a gateway, a connection is an
 * organization reached through an implementer, a facility is a site of a connection. The older
 * directory said participant and sub-participant for the first two.
 */
public enum OrganizationType {
    IMPLEMENTER("Implementer"),
    CONNECTION("Connection"),
    FACILITY("Facility");

    private final String label;

    OrganizationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<OrganizationType> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "implementer", "participant" -> Optional.of(IMPLEMENTER);
            case "connection", "subparticipant", "sub-participant" -> Optional.of(CONNECTION);
            case "facility", "site" -> Optional.of(FACILITY);
            default -> Optional.empty();
        };
    }
}
