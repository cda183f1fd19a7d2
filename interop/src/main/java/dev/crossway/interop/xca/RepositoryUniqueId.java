package dev.crossway.interop.xca;

import dev.crossway.interop.id.Oid;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A repository unique id. XDS says OID, but the CONNECT reference gateway sends {@code 1} by
 * default, and we only ever echo it back, so only its shape is checked: no blanks, no quotes,
 * at most 64 characters, {@code urn:oid:} dropped.
 */
public record RepositoryUniqueId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z.\\-_:^]{1,64}");

    public RepositoryUniqueId {
        Objects.requireNonNull(value, "repository unique id");
        value = value.trim();
        if (value.regionMatches(true, 0, "urn:oid:", 0, 8)) {
            value = value.substring(8);
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("repository unique id '" + value + "' is not an identifier");
        }
    }

    public static RepositoryUniqueId of(String value) {
        return new RepositoryUniqueId(value);
    }

    /** The id as an OID, when it is one (as XDS requires). */
    public Optional<Oid> asOid() {
        return Oid.isValid(value) ? Optional.of(Oid.of(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
