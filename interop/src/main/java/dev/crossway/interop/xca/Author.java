package dev.crossway.interop.xca;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An author classification of a DocumentEntry: person (XCN), institutions (XON), roles, specialties. */
public record Author(Optional<String> person, List<String> institutions, List<String> roles, List<String> specialties) {

    public Author {
        Objects.requireNonNull(person, "person");
        institutions = List.copyOf(institutions);
        roles = List.copyOf(roles);
        specialties = List.copyOf(specialties);
    }
}
