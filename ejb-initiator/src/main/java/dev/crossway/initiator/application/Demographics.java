package dev.crossway.initiator.application;

import dev.crossway.interop.id.PatientId;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient as the caller knows them, or as a responding community described its match.
 *
 * @param identifiers known identifiers (may be empty)
 * @param sex         {@code Male}, {@code Female}, {@code Other} or {@code Unknown} (Redox values)
 */
public record Demographics(
        List<PatientId> identifiers,
        String firstName,
        String middleName,
        String lastName,
        LocalDate birthDate,
        String sex,
        String street,
        String city,
        String state,
        String zip,
        String homePhone,
        String mobilePhone) {

    public Demographics {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
