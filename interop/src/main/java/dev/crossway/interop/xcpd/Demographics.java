package dev.crossway.interop.xcpd;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a responding gateway tells about a matched patient ({@code patientPerson}). */
public record Demographics(List<PersonName> names, Optional<Gender> gender, Optional<Hl7Time> birthTime,
                           List<Address> addresses, List<Telecom> telecoms) {

    public Demographics {
        names = List.copyOf(names);
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthTime, "birthTime");
        addresses = List.copyOf(addresses);
        telecoms = List.copyOf(telecoms);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a matched patient needs at least one name");
        }
    }
}
