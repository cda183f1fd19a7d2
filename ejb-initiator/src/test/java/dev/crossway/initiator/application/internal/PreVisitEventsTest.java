package dev.crossway.initiator.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossway.initiator.application.AppointmentView;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.SourceOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scheduling.ResultsReady says which appointment and where its results are, and nothing of the patient. */
class PreVisitEventsTest {

    @Test
    void theEventNamesTheAppointmentAndItsResultsButNoPatient() throws Exception {
        Instant at = Instant.parse("2026-12-10T02:00:41Z");
        AppointmentView a = new AppointmentView("a-1", "V-1", Instant.parse("2026-12-10T14:00:00Z"), at, AppointmentView.COMPLETED,
                false, at, null, "partner-a", "Newman, Alice", 1, "node1", null);
        MergedSummary summary = new SummaryMerger().snapshot(List.of(new SourceOutcome("1.2.3", "Org", SourceOutcome.MATCHED, 5, null,
                List.of())), 0, true, at);

        JsonNode event = new ObjectMapper().readTree(PreVisitEvents.resultsReady(a, summary, at));

        assertThat(event.path("Meta").path("DataModel").asText()).isEqualTo("Scheduling");
        assertThat(event.path("Meta").path("EventType").asText()).isEqualTo("ResultsReady");
        assertThat(event.path("Appointment").path("Id").asText()).isEqualTo("a-1");
        assertThat(event.path("Appointment").path("Results").asText()).isEqualTo("/api/v1/Scheduling/Appointments/a-1");
        assertThat(event.path("Visit").path("VisitNumber").asText()).isEqualTo("V-1");
        assertThat(event.path("Summary").path("Communities").asInt()).isEqualTo(1);
        assertThat(event.toString()).doesNotContain("Newman").doesNotContain("partner-a");
    }
}
