package dev.crossway.initiator.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.application.SummarySection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Summaries already in the database ({@code stored_summary}, {@code query_job.summary_json}) were
 * written while the records carried Jackson annotations; {@code merged-summary-v1.json} is one such
 * row, written by that code from two HL7 example CCDs. It must still read, and what is written now
 * must use the same names and values.
 */
class StoredSummaryFormatTest {

    private static final ObjectMapper TREE = new ObjectMapper();

    @Test
    void aSummaryStoredWithTheAnnotatedRecordsStillReads() throws IOException {
        MergedSummary s = StorageJson.summary(fixture());

        assertThat(s.header().communities()).isEqualTo(2);
        assertThat(s.header().generatedAt()).isEqualTo(Instant.parse("2026-12-05T17:00:00.123Z"));
        SourceOutcome first = s.sources().get(0);
        assertThat(first.organizationId()).isEqualTo("1.2.3");
        assertThat(first.organizationName()).isEqualTo("Org A");
        assertThat(first.status()).isEqualTo(SourceOutcome.MATCHED);
        assertThat(first.storedLink().validUntil()).isEqualTo(Instant.parse("2026-12-05T18:00:00.123Z"));
        assertThat(first.documents().get(0).homeCommunityId()).isEqualTo("1.2.3");
        assertThat(first.documents().get(0).typeName()).isEqualTo("Summary");
        assertThat(s.sources().get(1).error()).isEqualTo("no answer in 60 s");
        assertThat(s.medications().get(0).entry().product().name()).isEqualTo("albuterol 0.09 MG/ACTUAT [Proventil]");
        assertThat(s.medications().get(0).entry().frequency().period()).isEqualTo("6");
        assertThat(s.medications().get(0).provenance().get(0).organizationId()).isEqualTo("1.2.3");
        assertThat(s.medications().get(0).provenance().get(0).documentId()).isEqualTo("doc-a");
        assertThat(s.allergies()).isNotEmpty();
        assertThat(s.allergies().get(0).entry().reactions()).isNotEmpty();
        assertThat(s.problems()).isNotEmpty();
        assertThat(s.results()).isNotEmpty();
        assertThat(s.vitalSigns()).isNotEmpty();
        assertThat(s.immunizations()).isNotEmpty();
        assertThat(s.narrative(SummarySection.MEDICATIONS)).isNotBlank();
        assertThat(s.patient().demographics().dob()).isNotBlank();
        assertThat(s.patient().identifiers().get(0).idType()).isNotBlank();
        assertThat(s.document().document().id()).isNotBlank();
    }

    @Test
    void whatIsWrittenNowHasTheStoredNamesAndValues() throws IOException {
        JsonNode stored = TREE.readTree(fixture());
        JsonNode rewritten = TREE.readTree(StorageJson.write(StorageJson.summary(fixture())));

        // the one key not written any more: each source's derived {"ID", "Name"}, ignored when read
        for (JsonNode source : stored.get("Sources")) {
            ((ObjectNode) source).remove("Organization");
        }
        List<String> differences = new ArrayList<>();
        contained(stored, rewritten, "$", differences);
        assertThat(differences).isEmpty();
        assertThat(rewritten.get("Sources").get(0).has("Organization")).isFalse();
    }

    /** Every key and value of {@code expected} is in {@code actual} (a field added to a record may add keys). */
    private static void contained(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (actual == null) {
            differences.add(path + " missing");
        } else if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                contained(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey(), differences);
            }
        } else if (expected.isArray()) {
            if (actual.size() != expected.size()) {
                differences.add(path + " has " + actual.size() + " items, stored " + expected.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                contained(expected.get(i), actual.get(i), path + "[" + i + "]", differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": " + actual + ", stored " + expected);
        }
    }

    private static String fixture() throws IOException {
        try (InputStream in = StoredSummaryFormatTest.class.getResourceAsStream("/storage/merged-summary-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
