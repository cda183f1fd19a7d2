package dev.crossway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.initiator.application.JobView;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.SummaryHeader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PatientQuery.Completed webhook body is what GET /api/v1/jobs/{id} answers for the finished job. */
class JobEventBodiesTest {

    @Test
    void aCompletedJobsEventCarriesItsRedoxPatientQueryResponse() throws Exception {
        MergedSummary summary = new MergedSummary(new SummaryHeader(Instant.now(), 2, 3, 3, true), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), null, null);
        JobView job = new JobView("c0a8012e-77f4-4d1b-9d0e-5f3a2b1c9e88", JobView.COMPLETED, 100,
                List.of("0% Started: 2 communities", "100% Completed: 2 communities, 3 documents read"), summary, null);

        String body = new JobEventBodies().json(job);

        JsonNode json = JsonConfiguration.MAPPER.readTree(body);
        assertThat(json.path("JobID").asText()).isEqualTo(job.id());
        assertThat(json.path("Status").asText()).isEqualTo("Completed");
        assertThat(json.path("Progress").asInt()).isEqualTo(100);
        assertThat(json.path("Result").path("Meta").path("DataModel").asText()).isEqualTo("Clinical Summary");
        assertThat(json.path("Result").path("Meta").path("EventType").asText()).isEqualTo("PatientQueryResponse");
        assertThat(json.path("Result").has("Allergies")).isTrue();
        JsonNode polled = JsonConfiguration.MAPPER.valueToTree(JobsResource.toJson(job));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("Result").path("Meta")).remove("EventDateTime");
        ((com.fasterxml.jackson.databind.node.ObjectNode) polled.path("Result").path("Meta")).remove("EventDateTime");
        assertThat(json).as("the body of GET /jobs/{id}, but for when it was written").isEqualTo(polled);
    }

    @Test
    void aFailedJobsEventSaysWhyAndHasNoResult() throws Exception {
        JobView job = new JobView("j-1", JobView.FAILED, 30, List.of("30% Failed: the node running it stopped 3 times"), null,
                "the node running it stopped 3 times; not run again");
        JsonNode json = JsonConfiguration.MAPPER.readTree(new JobEventBodies().json(job));
        assertThat(json.path("Status").asText()).isEqualTo("Failed");
        assertThat(json.path("Error").asText()).contains("stopped 3 times");
        assertThat(json.has("Result")).isFalse();
    }
}
