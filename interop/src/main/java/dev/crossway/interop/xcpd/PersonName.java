package dev.crossway.interop.xcpd;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A person name (HL7 PN): given names in order, the family name, prefixes and suffixes. */
public record PersonName(List<String> given, Optional<String> family, List<String> prefixes, List<String> suffixes) {

    public PersonName {
        given = List.copyOf(given);
        Objects.requireNonNull(family, "family");
        prefixes = List.copyOf(prefixes);
        suffixes = List.copyOf(suffixes);
        if (given.isEmpty() && family.isEmpty()) {
            throw new IllegalArgumentException("a name needs a given or a family part");
        }
    }

    public static PersonName of(String family, String... given) {
        return new PersonName(List.of(given), Optional.of(family), List.of(), List.of());
    }
}
