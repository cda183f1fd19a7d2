package dev.crossway.responder.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.matching.Attribute;
import dev.crossway.responder.domain.matching.BirthDateCriterion;
import dev.crossway.responder.domain.matching.MatchQuery;
import dev.crossway.responder.domain.matching.MatchScorer;
import dev.crossway.responder.domain.matching.Names;
import dev.crossway.responder.domain.matching.QueryName;
import dev.crossway.responder.domain.matching.Score;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientDemographics;
import dev.crossway.responder.domain.patient.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The invariant invalidation by patient rests on: whenever the index could read a patient to
 * answer a query (a candidate sharing a family name key and a birth year in the query's range,
 * not vetoed by the scorer; or the holder of an identifier the query names), the patient's
 * blocks and the query's have one in common, so a change to that patient outdates the answer.
 */
class BlockingKeyTest {

    static final Oid AUTHORITY = Oid.of("2.16.840.1.113883.3.7777.1.1");
    static final String[] FAMILIES = {"Evans", "Evans-Smith", "Smith", "O'Neil", "Garcia Lopez", "Lopez", "Evanss", "Neil"};

    @Test
    void everyPatientTheIndexCouldReadForAQuerySharesABlockWithIt() {
        Random random = new Random(20261205);
        int relevant = 0;
        for (int i = 0; i < 20_000; i++) {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 4));
            String family = FAMILIES[random.nextInt(FAMILIES.length)];
            PatientId id = new PatientId("P-" + random.nextInt(20), AUTHORITY);
            Patient patient = new Patient(HomeCommunityId.of("2.16.840.1.113883.3.7777.1"), List.of(id),
                    new PatientDemographics("Dan", null, family, born, Sex.MALE, null, null, null, null, null, null),
                    Instant.now());

            LocalDate asked = random.nextInt(4) == 0 ? swap(born).orElse(born) : born.plusDays(random.nextInt(900) - 450);
            BirthDateCriterion birth = switch (random.nextInt(5)) {
                case 0, 1 -> BirthDateCriterion.day(asked);
                case 2 -> BirthDateCriterion.month(YearMonth.from(asked));
                case 3 -> BirthDateCriterion.year(asked.getYear());
                default -> BirthDateCriterion.range(asked.minusYears(random.nextInt(8)), asked.plusYears(random.nextInt(8)));
            };
            List<PatientId> named = random.nextInt(3) == 0 ? List.of(new PatientId("P-" + random.nextInt(20), AUTHORITY)) : List.of();
            MatchQuery query = new MatchQuery(List.of(new QueryName(List.of("Dan"), FAMILIES[random.nextInt(FAMILIES.length)])),
                    Optional.of(birth), Optional.of(Sex.MALE), List.of(), List.of(), named);

            if (readable(query, patient)) {
                relevant++;
                Set<BlockingKey> common = new java.util.TreeSet<>(BlockingKey.of(query));
                common.retainAll(BlockingKey.of(patient.demographics(), patient.identifiers()));
                assertThat(common).as("patient %s %s %s, query %s", family, born, id.value(), query).isNotEmpty();
            }
        }
        assertThat(relevant).as("the generator found enough cases that matter").isGreaterThan(2_000);
    }

    /** What PatientIndex could read: the holder of a named identifier, or a candidate the scorer does not veto. */
    private static boolean readable(MatchQuery query, Patient patient) {
        if (query.subjectIds().stream().anyMatch(patient.identifiers()::contains)) {
            return true;
        }
        Set<String> queryKeys = new java.util.HashSet<>();
        query.names().forEach(n -> queryKeys.addAll(Names.keys(n.family())));
        BirthDateCriterion b = query.birthDate().orElseThrow();
        int year = patient.demographics().birthDate().getYear();
        boolean candidate = Names.keys(patient.demographics().lastName()).stream().anyMatch(queryKeys::contains)
                && year >= b.low().getYear() && year <= b.high().getYear();
        if (!candidate) {
            return false;
        }
        Score s = MatchScorer.score(query, patient.toMatchSubject());
        return s.parts().getOrDefault(Attribute.FAMILY, 1.0) > 0 && s.parts().getOrDefault(Attribute.BIRTH, 1.0) > 0;
    }

    private static Optional<LocalDate> swap(LocalDate d) {
        try {
            return Optional.of(LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    @Test
    void aPatientBelongsToItsDayTheSwappedDayItsYearItsFamilyAndItsIdentifiers() {
        PatientDemographics d = new PatientDemographics("Alice", null, "Newman-Smith", LocalDate.of(1970, 5, 1), Sex.FEMALE,
                null, null, null, null, null, null);
        assertThat(BlockingKey.of(d, List.of(new PatientId("A-1", AUTHORITY)))).extracting(BlockingKey::value).contains(
                "d|NEWMANSMITH|19700501", "d|NEWMAN|19700501", "d|SMITH|19700501", "d|NEWMAN|19700105",
                "y|NEWMAN|1970", "f|SMITH", "i|" + new PatientId("A-1", AUTHORITY).toCx());
        PatientDemographics late = new PatientDemographics("Alice", null, "Newman", LocalDate.of(1970, 5, 13), Sex.FEMALE,
                null, null, null, null, null, null);
        assertThat(BlockingKey.of(late, List.of())).extracting(BlockingKey::value)
                .containsExactly("d|NEWMAN|19700513", "f|NEWMAN", "y|NEWMAN|1970");
    }

    @Test
    void aQueryDependsOnItsExactDayItsFewYearsOrItsFamilyAlone() {
        QueryName newman = new QueryName(List.of("Alice"), "Newman");
        assertThat(blocks(newman, BirthDateCriterion.day(LocalDate.of(1970, 5, 1)))).containsExactly("d|NEWMAN|19700501");
        assertThat(blocks(newman, BirthDateCriterion.range(LocalDate.of(1969, 6, 1), LocalDate.of(1971, 5, 1))))
                .containsExactly("y|NEWMAN|1969", "y|NEWMAN|1970", "y|NEWMAN|1971");
        assertThat(blocks(newman, BirthDateCriterion.range(LocalDate.of(1850, 1, 1), LocalDate.of(2200, 12, 31))))
                .containsExactly("f|NEWMAN");
        assertThat(new ArrayList<>(BlockingKey.of(new MatchQuery(List.of(newman), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of())))).as("no birth date: answered without reading the index").isEmpty();
    }

    private static List<String> blocks(QueryName name, BirthDateCriterion birth) {
        return BlockingKey.of(new MatchQuery(List.of(name), Optional.of(birth), Optional.empty(), List.of(), List.of(), List.of()))
                .stream().map(BlockingKey::value).toList();
    }
}
