package dev.crossway.interop.xcpd;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A postal address (HL7 AD) in the parts XCPD uses. */
public record Address(List<String> streetLines, Optional<String> city, Optional<String> state,
                      Optional<String> postalCode, Optional<String> country) {

    public Address {
        streetLines = List.copyOf(streetLines);
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(country, "country");
    }

    public static Address of(List<String> streetLines, String city, String state, String postalCode, String country) {
        return new Address(streetLines, Optional.ofNullable(city), Optional.ofNullable(state),
                Optional.ofNullable(postalCode), Optional.ofNullable(country));
    }
}
