package dev.crossway.interop.xcpd;

import dev.crossway.interop.id.PatientId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every parameter of the ITI-55 parameterList: names, birth time, gender, addresses, telecoms,
 * the patient's identifiers in other domains (livingSubjectId), principal care provider ids and
 * the mother's maiden name.
 */
public record QueryParameters(List<PersonName> names, Optional<BirthTimeCriterion> birthTime, Optional<Gender> gender,
                              List<Address> addresses, List<Telecom> telecoms, List<PatientId> subjectIds,
                              List<InstanceId> principalCareProviderIds, Optional<PersonName> mothersMaidenName) {

    public QueryParameters {
        names = List.copyOf(names);
        Objects.requireNonNull(birthTime, "birthTime");
        Objects.requireNonNull(gender, "gender");
        addresses = List.copyOf(addresses);
        telecoms = List.copyOf(telecoms);
        subjectIds = List.copyOf(subjectIds);
        principalCareProviderIds = List.copyOf(principalCareProviderIds);
        Objects.requireNonNull(mothersMaidenName, "mothersMaidenName");
    }

    /** The demographics ITI-55 requires (name and birth time), the rest to be added with the wither-free constructor. */
    public static QueryParameters of(PersonName name, BirthTimeCriterion birthTime, Gender gender) {
        return new QueryParameters(List.of(name), Optional.of(birthTime), Optional.ofNullable(gender),
                List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }
}
