package dev.crossway.responder.domain.matching;

import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.patient.Sex;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The demographics of a patient discovery query, as the index compares them. Identifiers the
 * query carries ({@code livingSubjectId}) are kept so that one under the community's own
 * assigning authority can be looked up directly.
 */
public record MatchQuery(List<QueryName> names, Optional<BirthDateCriterion> birthDate, Optional<Sex> sex,
                         List<QueryAddress> addresses, List<String> phones, List<PatientId> subjectIds) {

    public MatchQuery {
        names = List.copyOf(names);
        Objects.requireNonNull(birthDate, "birthDate");
        sex = Objects.requireNonNull(sex, "sex").filter(Sex::isKnown);
        addresses = List.copyOf(addresses);
        phones = phones.stream().map(Phones::digits).filter(p -> !p.isEmpty()).toList();
        subjectIds = List.copyOf(subjectIds);
    }

    public boolean has(Attribute attribute) {
        return switch (attribute) {
            case FAMILY -> names.stream().anyMatch(n -> !Names.normalise(n.family()).isEmpty());
            case GIVEN -> names.stream().anyMatch(n -> !Names.normalise(n.firstGiven()).isEmpty());
            case BIRTH -> birthDate.isPresent();
            case GENDER -> sex.isPresent();
            case ADDRESS -> addresses.stream().anyMatch(a -> !blank(a.street()) || !blank(a.zip()));
            case PHONE -> !phones.isEmpty();
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
