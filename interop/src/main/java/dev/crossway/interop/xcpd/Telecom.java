package dev.crossway.interop.xcpd;

import java.util.Objects;
import java.util.Optional;

/** A telecom address ({@code tel:}, {@code mailto:}) with its optional use code (HP, WP, MC). */
public record Telecom(String value, Optional<String> use) {

    public Telecom {
        Objects.requireNonNull(value, "telecom value");
        Objects.requireNonNull(use, "use");
        if (value.isBlank()) {
            throw new IllegalArgumentException("telecom value is blank");
        }
    }

    public static Telecom of(String value) {
        return new Telecom(value, Optional.empty());
    }
}
