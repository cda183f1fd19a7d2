package dev.crossway.interop.xca;

import java.util.Objects;
import java.util.Optional;

/** A coded value of XDS metadata: code, coding scheme and, in responses, a display name. */
public record Code(String code, String scheme, Optional<String> displayName) {

    public Code {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(displayName, "displayName");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code is blank");
        }
    }

    public static Code of(String code, String scheme) {
        return new Code(code, scheme, Optional.empty());
    }

    /** Parses the stored-query form {@code code^^scheme}. */
    public static Code parse(String value) {
        int sep = value.indexOf("^^");
        if (sep <= 0 || sep + 2 >= value.length()) {
            throw new IllegalArgumentException("code '" + value + "' is not in the form code^^scheme");
        }
        return of(value.substring(0, sep), value.substring(sep + 2));
    }

    public String toQueryValue() {
        return code + "^^" + scheme;
    }
}
