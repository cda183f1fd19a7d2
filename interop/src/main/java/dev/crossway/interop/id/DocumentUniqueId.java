package dev.crossway.interop.id;

import java.util.Objects;

/**
 * An XDS document unique id: an OID, or an OID root and an extension joined by {@code ^}, at most
 * 128 characters (ITI TF-3 4.2.3.2.26).
 */
public record DocumentUniqueId(String value) {

    public DocumentUniqueId {
        Objects.requireNonNull(value, "document unique id");
        value = value.trim();
        if (value.isEmpty() || value.length() > 128) {
            throw new IllegalArgumentException("document unique id must be 1 to 128 characters");
        }
        String root = value.contains("^") ? value.substring(0, value.indexOf('^')) : value;
        if (!Oid.isValid(root)) {
            throw new IllegalArgumentException("document unique id root is not an OID: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
