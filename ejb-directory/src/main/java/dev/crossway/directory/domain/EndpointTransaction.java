package dev.crossway.directory.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The IHE cross-community transactions an endpoint answers. The label is the code the current
 * Sequoia directory carries in its {@code Transaction} extension. The older Sequoia 1.0 directory
 * (as read by CONNECT) named endpoints by service ({@code PatientDiscovery},
 * {@code QueryForDocuments}, {@code RetrieveDocuments}); {@link #parse} accepts both.
 */
public enum EndpointTransaction {
    XCPD_ITI55("XCPD ITI-55", "patientdiscovery"),
    XCA_ITI38("XCA ITI-38", "queryfordocuments"),
    XCA_ITI39("XCA ITI-39", "retrievedocuments");

    private final String label;
    private final String serviceName;

    EndpointTransaction(String label, String serviceName) {
        this.label = label;
        this.serviceName = serviceName;
    }

    public String label() {
        return label;
    }

    /** A transaction from its label ({@code XCPD ITI-55}), enum name, or 1.0 service name; empty when unknown. */
    public static Optional<EndpointTransaction> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String squeezed = text.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        for (EndpointTransaction t : values()) {
            if (t.label.equalsIgnoreCase(text.trim()) || t.name().equalsIgnoreCase(text.trim())
                    || t.serviceName.equals(squeezed)
                    || t.label.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT).equals(squeezed)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Only the 1.0 service names ({@code PatientDiscovery}, {@code Query for Documents}, ...). */
    public static Optional<EndpointTransaction> fromServiceName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String squeezed = name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        for (EndpointTransaction t : values()) {
            if (t.serviceName.equals(squeezed)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
