package dev.crossway.responder.domain.matching;

import dev.crossway.responder.domain.patient.Sex;
import java.time.LocalDate;
import java.util.List;

/** What the index holds about one candidate patient, as matching compares it. */
public record MatchSubject(long key, String given, String middle, String family, LocalDate birthDate, Sex sex,
                           String street, String zip, List<String> phones) {

    public MatchSubject {
        sex = sex == null ? Sex.UNKNOWN : sex;
        phones = phones.stream().map(Phones::digits).filter(p -> !p.isEmpty()).toList();
    }
}
