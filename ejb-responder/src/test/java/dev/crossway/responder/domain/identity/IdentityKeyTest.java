package dev.crossway.responder.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.responder.domain.matching.BirthDateCriterion;
import dev.crossway.responder.domain.matching.MatchQuery;
import dev.crossway.responder.domain.matching.QueryAddress;
import dev.crossway.responder.domain.matching.QueryName;
import dev.crossway.responder.domain.patient.Sex;
import dev.crossway.responder.infrastructure.cache.CachedMatchCodec;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityKeyTest {

    private static MatchQuery query(String given, String family, String street, String phone, QueryName... more) {
        List<QueryName> names = new java.util.ArrayList<>(List.of(new QueryName(List.of(given), family)));
        names.addAll(List.of(more));
        return new MatchQuery(names, Optional.of(BirthDateCriterion.day(LocalDate.of(1970, 5, 1))), Optional.of(Sex.FEMALE),
                List.of(new QueryAddress(street, "97006")), List.of(phone), List.of());
    }

    @Test
    void spellingVariantsShareAKey() {
        IdentityKey a = IdentityKey.of(query("Mary-Ann", "O'Neil", "1357 Amber Drive", "tel:+1-555-723-1544"), "1.2", "3.4");
        IdentityKey b = IdentityKey.of(query("MARYANN", "ONEIL", "1357 amber drive", "(555) 723 1544"), "1.2", "3.4");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void nameOrderDoesNotMatter() {
        QueryName alias = new QueryName(List.of("Mary"), "Smith");
        IdentityKey a = IdentityKey.of(query("Mary-Ann", "O'Neil", "x", "1", alias), "1.2", "3.4");
        IdentityKey b = IdentityKey.of(new MatchQuery(List.of(alias, new QueryName(List.of("Mary-Ann"), "O'Neil")),
                Optional.of(BirthDateCriterion.day(LocalDate.of(1970, 5, 1))), Optional.of(Sex.FEMALE),
                List.of(new QueryAddress("x", "97006")), List.of("1"), List.of()), "1.2", "3.4");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void requesterResponderAndDemographicsSeparateKeys() {
        MatchQuery q = query("Alice", "Newman", "1 Main", "5551234567");
        assertThat(IdentityKey.of(q, "1.2", "3.4")).isNotEqualTo(IdentityKey.of(q, "1.3", "3.4"));
        assertThat(IdentityKey.of(q, "1.2", "3.4")).isNotEqualTo(IdentityKey.of(q, "1.2", "3.5"));
        assertThat(IdentityKey.of(q, "1.2", "3.4")).isNotEqualTo(IdentityKey.of(query("Alice", "Newman", "2 Main", "5551234567"), "1.2", "3.4"));
        assertThat(IdentityKey.of(q, "1.2", "3.4").belongsTo("3.4")).isTrue();
        assertThat(IdentityKey.of(q, "1.2", "3.4").belongsTo("3.44")).isFalse();
    }

    @Test
    void cachedMatchesSurviveTheCodecAndForeignBytesAreAMiss() {
        CachedMatch m = new CachedMatch("3.4", CachedMatch.Kind.MATCH, List.of(new CachedPatient("A^^^&1.2&ISO", List.of("B^^^&1.3&ISO"),
                "Alice", null, "Newman", "F", "19700501", "1 Main", "Town", "OR", "97006", List.of("5551234567"), 97)), List.of());
        assertThat(CachedMatchCodec.decode(CachedMatchCodec.encode("1f.0", m))).contains(new CachedMatchCodec.Entry("1f.0", m));
        assertThat(CachedMatchCodec.decode(new byte[] {1, 2, 3})).isEmpty();
        assertThat(CachedMatchCodec.decode(null)).isEmpty();
        byte[] good = CachedMatchCodec.encode("1f.0", m);
        for (int cut = 0; cut < good.length; cut++) {
            assertThat(CachedMatchCodec.decode(java.util.Arrays.copyOf(good, cut))).as("truncated at %d", cut).isEmpty();
        }
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        assertThat(CachedMatchCodec.decode(longer)).as("trailing bytes").isEmpty();
        byte[] otherVersion = good.clone();
        otherVersion[0] = 1;
        assertThat(CachedMatchCodec.decode(otherVersion)).isEmpty();
        // an entry Java-serialised by an earlier release is a miss, never deserialised
        java.io.ByteArrayOutputStream javaSerialised = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(javaSerialised)) {
            out.writeObject(new java.util.ArrayList<>(List.of("x")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(CachedMatchCodec.decode(javaSerialised.toByteArray())).isEmpty();
    }

    @Test
    void aDownstreamMatchWithCustodianAndNoScoreSurvivesTheCodec() {
        CachedMatch m = new CachedMatch("3.4", CachedMatch.Kind.MATCH, List.of(new CachedPatient("A^^^&1.2&ISO", List.of(),
                null, null, "Newman", null, null, null, null, null, null, List.of(), -1, "3.4.5")), List.of());
        assertThat(CachedMatchCodec.decode(CachedMatchCodec.encode("1f.0", m))).contains(new CachedMatchCodec.Entry("1f.0", m));
    }

    @Test
    void theNoteOfAContradictedIdentifierSurvivesTheCodec() {
        CachedMatch m = new CachedMatch("3.4", CachedMatch.Kind.NO_MATCH, List.of(), List.of()).noted("identifier contradicted");
        assertThat(CachedMatchCodec.decode(CachedMatchCodec.encode("1f.0", m))).contains(new CachedMatchCodec.Entry("1f.0", m));
        byte[] version2 = CachedMatchCodec.encode("0", m);
        version2[0] = 2;
        assertThat(CachedMatchCodec.decode(version2)).as("entries of the earlier format, unminimised, are misses").isEmpty();
        version2[0] = 3;
        assertThat(CachedMatchCodec.decode(version2)).as("entries without a generation are misses").isEmpty();
    }

    @Test
    void theSameIdentifierWithOtherDemographicsIsAnotherKey() {
        dev.crossway.interop.id.PatientId id = new dev.crossway.interop.id.PatientId("LG-7", dev.crossway.interop.id.Oid.of("1.2.3"));
        MatchQuery right = new MatchQuery(List.of(new QueryName(List.of("Lou"), "Grant")),
                Optional.of(BirthDateCriterion.day(LocalDate.of(1950, 1, 2))), Optional.empty(), List.of(), List.of(), List.of(id));
        MatchQuery wrong = new MatchQuery(List.of(new QueryName(List.of("Lou"), "Other")),
                Optional.of(BirthDateCriterion.day(LocalDate.of(1990, 1, 2))), Optional.empty(), List.of(), List.of(), List.of(id));
        assertThat(IdentityKey.of(right, "1.2", "3.4")).isNotEqualTo(IdentityKey.of(wrong, "1.2", "3.4"));
    }
}
