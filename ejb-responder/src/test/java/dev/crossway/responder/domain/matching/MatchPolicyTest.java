package dev.crossway.responder.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.responder.domain.patient.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The matching rules, case by case: what must match, what is doubtful, what is no match. */
class MatchPolicyTest {

    private static final MatchPolicy POLICY = MatchPolicy.DEFAULT;
    private static final LocalDate DOB = LocalDate.of(1970, 5, 1);

    private static MatchSubject alice(long key) {
        return new MatchSubject(key, "Alice", "Jones", "Newman", DOB, Sex.FEMALE, "1357 Amber Drive", "97006",
                List.of("555-723-1544"));
    }

    private static MatchQuery query(String given, String family, BirthDateCriterion birth, Sex sex, QueryAddress address,
                                    String phone) {
        return new MatchQuery(List.of(new QueryName(List.of(given), family)), Optional.ofNullable(birth),
                Optional.ofNullable(sex), address == null ? List.of() : List.of(address),
                phone == null ? List.of() : List.of(phone), List.of());
    }

    private static MatchDecision decide(MatchQuery q, MatchSubject... candidates) {
        return POLICY.decide(q, List.of(candidates));
    }

    @Test
    void everythingAgreeingIsAMatchWithFullScore() {
        MatchDecision d = decide(query("Alice", "Newman", BirthDateCriterion.day(DOB), Sex.FEMALE,
                new QueryAddress("1357 Amber Drive", "97006"), "tel:+1-555-723-1544"), alice(1));
        assertThat(d).isInstanceOf(MatchDecision.Matched.class);
        assertThat(((MatchDecision.Matched) d).matches()).singleElement().extracting(Score::percent).isEqualTo(100);
    }

    @Test
    void nameDateAndGenderAreEnough() {
        assertThat(decide(query("ALICE", "NEWMAN", BirthDateCriterion.day(DOB), Sex.FEMALE, null, null), alice(1)))
                .isInstanceOf(MatchDecision.Matched.class);
    }

    @Test
    void accentsCaseHyphensAndApostrophesDoNotPreventAMatch() {
        MatchSubject maryAnn = new MatchSubject(2, "Mary-Ann", null, "O'Neil", LocalDate.of(1990, 7, 4), Sex.FEMALE, null, null, List.of());
        assertThat(decide(query("MARYANN", "ONEIL", BirthDateCriterion.day(LocalDate.of(1990, 7, 4)), Sex.FEMALE, null, null), maryAnn))
                .isInstanceOf(MatchDecision.Matched.class);
        MatchSubject zoe = new MatchSubject(3, "Zoë", null, "Müller", LocalDate.of(1985, 2, 14), Sex.FEMALE, null, null, List.of());
        assertThat(decide(query("zoe", "MULLER", BirthDateCriterion.day(LocalDate.of(1985, 2, 14)), Sex.FEMALE, null, null), zoe))
                .isInstanceOf(MatchDecision.Matched.class);
    }

    @Test
    void onePartOfACompoundFamilyNameStillMatches() {
        MatchSubject robert = new MatchSubject(4, "Robert", null, "Garcia Lopez", LocalDate.of(1962, 11, 30), Sex.MALE,
                "42 Oak Street", "97205", List.of());
        assertThat(decide(query("Robert", "Garcia", BirthDateCriterion.day(LocalDate.of(1962, 11, 30)), Sex.MALE,
                new QueryAddress("42 Oak St.", "97205-1234"), null), robert)).isInstanceOf(MatchDecision.Matched.class);
    }

    @Test
    void nameAndBirthDateAloneAskForTheDecidingAttributes() {
        MatchDecision d = decide(query("Alice", "Newman", BirthDateCriterion.day(DOB), null, null, null), alice(1));
        assertThat(d).isInstanceOf(MatchDecision.MoreAttributesRequested.class);
        assertThat(((MatchDecision.MoreAttributesRequested) d).attributeCodes()).containsExactly(
                "LivingSubjectAdministrativeGenderRequested", "PatientAddressRequested", "PatientTelecomRequested");
    }

    @Test
    void aYearOrMonthOnlyIsNotEnoughForAMatch() {
        MatchDecision year = decide(query("Alice", "Newman", BirthDateCriterion.year(1970), Sex.FEMALE, null, null), alice(1));
        assertThat(year).isInstanceOf(MatchDecision.MoreAttributesRequested.class);
        assertThat(((MatchDecision.MoreAttributesRequested) year).attributeCodes())
                .containsExactly("PatientAddressRequested", "PatientTelecomRequested");
        MatchDecision month = decide(query("Alice", "Newman", BirthDateCriterion.month(YearMonth.of(1970, 5)), Sex.FEMALE,
                null, null), alice(1));
        assertThat(month).isInstanceOf(MatchDecision.MoreAttributesRequested.class);
    }

    @Test
    void aPartialDateOutsideTheBirthDateIsNoMatch() {
        assertThat(decide(query("Alice", "Newman", BirthDateCriterion.year(1971), Sex.FEMALE, null, null), alice(1)))
                .isInstanceOf(MatchDecision.NoMatch.class);
    }

    @Test
    void rangesScoreLikePartialDates() {
        BirthDateCriterion range = BirthDateCriterion.range(LocalDate.of(1969, 1, 1), LocalDate.of(1971, 12, 31));
        assertThat(range.score(DOB)).isEqualTo(0.7);
        assertThat(range.score(LocalDate.of(1972, 1, 1))).isZero();
        assertThat(decide(query("Alice", "Newman", range, Sex.FEMALE, null, null), alice(1)))
                .isInstanceOf(MatchDecision.MoreAttributesRequested.class);
    }

    @Test
    void swappedDayAndMonthIsDoubtfulNotAMatch() {
        MatchSubject s = new MatchSubject(5, "Alice", null, "Newman", LocalDate.of(1970, 1, 5), Sex.FEMALE, null, null, List.of());
        assertThat(BirthDateCriterion.day(DOB).score(s.birthDate())).isEqualTo(0.5);
        assertThat(decide(query("Alice", "Newman", BirthDateCriterion.day(DOB), Sex.FEMALE, null, null), s))
                .isInstanceOf(MatchDecision.MoreAttributesRequested.class);
    }

    @Test
    void aWrongGenderWithEverythingElseSentIsNoMatch() {
        assertThat(decide(query("Alice", "Newman", BirthDateCriterion.day(DOB), Sex.MALE,
                new QueryAddress("1357 Amber Drive", "97006"), "5557231544"), alice(1)))
                .isInstanceOf(MatchDecision.Matched.class).as("address and phone outweigh one wrong gender");
        assertThat(decide(query("Alice", "Newman", BirthDateCriterion.day(DOB), Sex.MALE,
                new QueryAddress("1 Other Road", "10001"), "2125550000"), alice(1)))
                .isInstanceOf(MatchDecision.NoMatch.class);
    }

    @Test
    void aDifferentPersonIsNoMatch() {
        assertThat(decide(query("Bob", "Newman", BirthDateCriterion.day(LocalDate.of(1980, 1, 1)), Sex.MALE, null, null), alice(1)))
                .isInstanceOf(MatchDecision.NoMatch.class);
        assertThat(decide(query("Alice", "Newman", BirthDateCriterion.day(LocalDate.of(1980, 1, 1)), Sex.FEMALE, null, null), alice(1)))
                .isInstanceOf(MatchDecision.NoMatch.class);
    }

    @Test
    void aTypoInTheGivenNameWithStrongOtherEvidenceStillMatches() {
        assertThat(decide(query("Alcie", "Newman", BirthDateCriterion.day(DOB), Sex.FEMALE,
                new QueryAddress("1357 Amber Drive", "97006"), "555 723 1544"), alice(1))).isInstanceOf(MatchDecision.Matched.class);
    }

    @Test
    void anInitialAloneIsDoubtful() {
        assertThat(decide(query("A", "Newman", BirthDateCriterion.day(DOB), Sex.FEMALE, null, null), alice(1)))
                .isInstanceOf(MatchDecision.MoreAttributesRequested.class);
    }

    @Test
    void severalCandidatesAboveTheThresholdAreSeveralMatchesBestFirst() {
        MatchSubject twin = new MatchSubject(9, "Alice", null, "Newman", DOB, Sex.FEMALE, "9 Other St", "97006", List.of());
        MatchDecision d = decide(query("Alice", "Newman", BirthDateCriterion.day(DOB), Sex.FEMALE,
                new QueryAddress("1357 Amber Drive", "97006"), null), twin, alice(1));
        assertThat(d).isInstanceOf(MatchDecision.Matched.class);
        assertThat(((MatchDecision.Matched) d).matches()).extracting(s -> s.subject().key()).containsExactly(1L, 9L);
    }

    @Test
    void aMatchAndADoubtfulCandidateGiveTheMatchOnly() {
        MatchSubject other = new MatchSubject(7, "Alicia", null, "Newman", DOB, Sex.FEMALE, null, null, List.of());
        MatchDecision d = decide(query("Alice", "Newman", BirthDateCriterion.day(DOB), Sex.FEMALE, null, null), alice(1), other);
        assertThat(((MatchDecision.Matched) d).matches()).extracting(s -> s.subject().key()).containsExactly(1L);
    }

    @Test
    void noCandidateIsNoMatch() {
        assertThat(decide(query("Alice", "Newman", BirthDateCriterion.day(DOB), Sex.FEMALE, null, null)))
                .isInstanceOf(MatchDecision.NoMatch.class);
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        Score s = MatchScorer.score(query("Alice", "Newman", BirthDateCriterion.day(DOB), Sex.FEMALE,
                new QueryAddress("1357 Amber Drive", "97006"), "5557231544"), alice(1));
        assertThat(s.value()).isBetween(0.0, 1.0);
        assertThat(s.compared()).containsExactlyInAnyOrder(Attribute.values());
        double total = 0;
        for (Attribute a : Attribute.values()) {
            total += a.weight();
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static MatchQuery withId(String family, BirthDateCriterion birth) {
        return new MatchQuery(family == null ? List.of() : List.of(new QueryName(List.of("Someone"), family)),
                Optional.ofNullable(birth), Optional.empty(), List.of(), List.of(), List.of());
    }

    @Test
    void anIdentifierIsConfirmedByTheFamilyNameAndTheExactBirthDate() {
        assertThat(POLICY.confirmsIdentifier(withId("Newman", BirthDateCriterion.day(DOB)), alice(1))).isTrue();
        assertThat(POLICY.confirmsIdentifier(withId("NEWMAN", BirthDateCriterion.day(DOB)), alice(1)))
                .as("normalised as demographic matching normalises").isTrue();
        MatchSubject garcia = new MatchSubject(4, "Robert", null, "Garcia Lopez", DOB, Sex.MALE, null, null, List.of());
        assertThat(POLICY.confirmsIdentifier(withId("Garcia", BirthDateCriterion.day(DOB)), garcia))
                .as("one part of a compound family name").isTrue();
    }

    @Test
    void anIdentifierIsNotConfirmedByAnotherFamilyNameOrBirthDate() {
        assertThat(POLICY.confirmsIdentifier(withId("Quixotebottom", BirthDateCriterion.day(DOB)), alice(1))).isFalse();
        assertThat(POLICY.confirmsIdentifier(withId("Newman", BirthDateCriterion.day(DOB.plusDays(1))), alice(1))).isFalse();
        assertThat(POLICY.confirmsIdentifier(withId("Newman", BirthDateCriterion.day(LocalDate.of(1970, 1, 5)))
                , alice(1))).as("day and month swapped").isFalse();
    }

    @Test
    void anIdentifierIsNotConfirmedByAPartialBirthDateOrMissingDemographics() {
        assertThat(POLICY.confirmsIdentifier(withId("Newman", BirthDateCriterion.year(1970)), alice(1))).isFalse();
        assertThat(POLICY.confirmsIdentifier(withId("Newman", BirthDateCriterion.month(YearMonth.of(1970, 5))), alice(1))).isFalse();
        assertThat(POLICY.confirmsIdentifier(withId("Newman", BirthDateCriterion.range(DOB, DOB)), alice(1))).isFalse();
        assertThat(POLICY.confirmsIdentifier(withId("Newman", null), alice(1))).isFalse();
        assertThat(POLICY.confirmsIdentifier(withId(null, BirthDateCriterion.day(DOB)), alice(1))).isFalse();
    }
}
