package dev.crossway.interop.ccda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.ccda.model.ClinicalSummary;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared C-CDA sample reads without failing, in place under {@code crossway.shared}. */
class AllSamplesReadTest {

    static Stream<String> documents() {
        return Stream.of("hl7-c-cda-examples", "ms-fhir-converter", "synthea").flatMap(d -> Samples.under(d).stream());
    }

    static Stream<String> fragments() {
        return Samples.under("hl7-c-cda-examples/fragments").stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsEveryDocument(String sample) {
        byte[] xml = Samples.bytes(sample);

        ClinicalSummary summary = CcdaReader.read(xml);

        assertThat(summary.header().document().id()).isNotBlank();
        assertThat(summary.patient().identifiers()).isNotEmpty();
        assertThat(summary.sections()).allSatisfy(x -> assertThat(x.kind()).isNotBlank());
        assertThat(CcdaMetadata.read(xml).formatCode()).startsWith("urn:hl7-org:sdwg:ccda-");
        assertThat(NarrativeHtml.render(xml)).startsWith("<!DOCTYPE html>").doesNotContain("<script");
    }

    @ParameterizedTest
    @MethodSource("fragments")
    void readsEveryFragment(String sample) {
        ClinicalSummary summary = CcdaReader.readFragment(Samples.bytes(sample));

        assertThat(summary.header()).isNull();
        assertThat(summary.sections().isEmpty() && summary.body() == null).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theSampleFoldersAreThere() {
        assertThat(documents().count()).isGreaterThanOrEqualTo(24);
        assertThat(fragments().count()).isGreaterThanOrEqualTo(15);
    }
}
