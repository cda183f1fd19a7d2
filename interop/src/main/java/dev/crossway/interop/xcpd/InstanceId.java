package dev.crossway.interop.xcpd;

import dev.crossway.interop.id.Oid;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** An HL7v3 instance identifier (II): a root (OID or UUID) and an optional extension. */
public record InstanceId(String root, Optional<String> extension) {

    private static final Pattern UUID = Pattern.compile("[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}");

    public InstanceId {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(extension, "extension");
        root = root.trim();
        if (!Oid.isValid(root) && !UUID.matcher(root).matches()) {
            throw new IllegalArgumentException("II root is neither an OID nor a UUID: '" + root + "'");
        }
        extension = extension.map(String::trim).filter(s -> !s.isEmpty());
    }

    public static InstanceId of(String root, String extension) {
        return new InstanceId(root, Optional.ofNullable(extension));
    }

    public static InstanceId of(String root) {
        return new InstanceId(root, Optional.empty());
    }

    @Override
    public String toString() {
        return root + extension.map(e -> "^" + e).orElse("");
    }
}
