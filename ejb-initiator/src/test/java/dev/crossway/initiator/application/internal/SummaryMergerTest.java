package dev.crossway.initiator.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.application.MergedEntry;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.Provenance;
import dev.crossway.interop.ccda.CcdaReader;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.testsupport.Shared;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** De-duplication across documents by code (and date for events), provenance kept. */
class SummaryMergerTest {

    private static final ClinicalSummary CCD_1 = CcdaReader.read(Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml"));
    private static final ClinicalSummary CCD_2 = CcdaReader.read(Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_2.xml"));

    @Test
    void theSameDocumentUnderAnotherIdGivesOneEntryWithTwoProvenances() {
        SummaryMerger m = new SummaryMerger();
        m.add("1.2.3", "doc-a", CCD_1);
        m.add("1.2.4", "doc-b", CCD_1);

        MergedSummary s = m.snapshot(List.of(), 2, true, Instant.now());

        assertThat(s.medications()).isNotEmpty().hasSize(distinct(CCD_1.medications().stream().map(MergeKeys::medication).toList()));
        assertThat(s.problems()).isNotEmpty();
        assertThat(s.allergies()).isNotEmpty();
        assertThat(s.results()).isNotEmpty();
        assertThat(s.vitalSigns()).isNotEmpty();
        List<List<MergedEntry<?>>> sections = List.of(List.copyOf(s.medications()), List.copyOf(s.allergies()),
                List.copyOf(s.problems()), List.copyOf(s.results()), List.copyOf(s.vitalSigns()), List.copyOf(s.immunizations()),
                List.copyOf(s.procedures()), List.copyOf(s.encounters()));
        sections.forEach(section -> assertThat(section).allSatisfy(e -> assertThat(e.provenance())
                .containsExactly(new Provenance("1.2.3", "doc-a"), new Provenance("1.2.4", "doc-b"))));
        assertThat(s.header().parsedDocuments()).isEqualTo(2);
    }

    @Test
    void twoDifferentDocumentsGiveTheUnionWithSharedEntriesMerged() {
        SummaryMerger m = new SummaryMerger();
        m.add("1.2.3", "ccd-1", CCD_1);
        m.add("1.2.4", "ccd-2", CCD_2);

        MergedSummary s = m.snapshot(List.of(), 2, true, Instant.now());

        // CCD_2 brings allergies, results, vital signs and procedures of its own; CCD_1 all eight sections
        Set<String> k1 = keys(CCD_1.procedures().stream().map(MergeKeys::procedure).toList());
        Set<String> k2 = keys(CCD_2.procedures().stream().map(MergeKeys::procedure).toList());
        Set<String> union = new HashSet<>(k1);
        union.addAll(k2);
        Set<String> shared = new HashSet<>(k1);
        shared.retainAll(k2);
        assertThat(s.procedures()).hasSize(union.size());
        assertThat(s.procedures().stream().filter(e -> e.provenance().size() == 2)).hasSize(shared.size());
        Set<String> a1 = keys(CCD_1.allergies().stream().map(MergeKeys::allergy).toList());
        Set<String> a2 = keys(CCD_2.allergies().stream().map(MergeKeys::allergy).toList());
        Set<String> allergies = new HashSet<>(a1);
        allergies.addAll(a2);
        assertThat(s.allergies()).hasSize(allergies.size());
        assertThat(s.medications()).hasSize(keys(CCD_1.medications().stream().map(MergeKeys::medication).toList()).size())
                .allSatisfy(e -> assertThat(e.provenance()).containsExactly(new Provenance("1.2.3", "ccd-1")));
        assertThat(s.allergies()).anySatisfy(e -> assertThat(e.provenance()).contains(new Provenance("1.2.4", "ccd-2")));
    }

    private static Set<String> keys(List<String> keys) {
        Set<String> set = new HashSet<>();
        keys.stream().filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    private static int distinct(List<String> keys) {
        return (int) keys.stream().filter(Objects::nonNull).distinct().count() + (int) keys.stream().filter(Objects::isNull).count();
    }
}
