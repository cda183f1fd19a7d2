package dev.crossway.it.initiator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Browser;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Tokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Identity reuse and pre-visit queries against the running server and the sandbox communities:
 * a PatientQuery within the communities' CorrelationTimeToLive sends no XCPD (the call log shows
 * it), {@code Refresh} sends it again, another client's links are never reused; an appointment due
 * now is queried and its results are read by appointment and by patient, by its client only
 * (another gets 404), and shown on the portal's Pre-visit page; Cancel, Reschedule and
 * Modification change the appointment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreVisitIT {

    static final String CLINIC = "2.16.840.1.113883.3.9999.99";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void network() throws Exception {
        Sandbox.ready();
    }

    private record Partner(String clientId, String token) {
    }

    /** A partner of its own for this run (what it causes is its own: no other test's links or appointments). */
    private static Partner onboard() {
        String clientId = "previsit-it-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Api.Reply r = Api.post("admin/partners", Tokens.admin(), """
                {"ClientId": "%s", "Grants": {"Organizations": ["%s"], "PurposesOfUse": ["TREATMENT"], "Initiate": true}}"""
                .formatted(clientId, CLINIC));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Partner(clientId, Tokens.clientCredentials(clientId, r.json().path("Secret").asText()));
    }

    private static String patientQuery(boolean refresh) {
        return "{" + Sandbox.meta("ClinicalSummary", "PatientQuery") + "," + Sandbox.alice() + "," + Sandbox.targets()
                + (refresh ? ", \"Refresh\": true" : "") + "}";
    }

    /**
     * XCPD requests to the sandbox communities the call log recorded since {@code since}: the calls
     * of every XCPD endpoint the endpoint health lists, counted by community and time.
     */
    static long xcpdCallsSince(Instant since, StringBuilder seen) {
        Api.Reply health = Api.get("admin/endpoints/health?hours=1", Tokens.admin());
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        seen.setLength(0);
        long n = 0;
        for (JsonNode endpoint : health.json()) {
            String url = endpoint.path("Url").asText();
            if (!url.endsWith(Gateway.XCPD)) {
                continue;
            }
            Api.Reply r = Api.get("admin/endpoints/calls?max=500&url=" + URLEncoder.encode(url, StandardCharsets.UTF_8), Tokens.admin());
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            seen.append(url).append(": ").append(r.body(), 0, Math.min(r.body().length(), 600)).append('\n');
            for (JsonNode call : r.json()) {
                if (Sandbox.COMMUNITIES.contains(call.path("OrganizationId").asText())
                        && !Instant.parse(call.path("At").asText()).isBefore(since)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Waits until the call log holds at least {@code calls} XCPD calls since {@code since}; fails showing what it held. */
    static void awaitXcpdCalls(Instant since, long calls, String what) {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (xcpdCallsSince(since, seen) < calls) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " since " + since + "; the call log held:\n" + seen);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aSecondPatientQueryWithinThePeersTimeToLiveSendsNoXcpdAndRefreshSendsItAgain() {
        // the call log keeps whole seconds
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Reply first = Api.post("ClinicalSummary/PatientQuery", Tokens.partner(), patientQuery(true));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        first.json().path("Sources").forEach(s -> {
            assertThat(s.path("Status").asText()).as(s.toString()).isEqualTo("Matched");
            assertThat(s.has("StoredLink")).as("asked now: " + s).isFalse();
        });
        awaitXcpdCalls(t0, 3, "the first query's three XCPD calls in the call log");
        // two seconds on (a driver may round a time up): whatever the log holds from then on came later
        Instant t1 = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
        Api.await(Duration.ofSeconds(5), () -> !Instant.now().isBefore(t1), "the call log's next second");

        Api.Reply second = Api.post("ClinicalSummary/PatientQuery", Tokens.partner(), patientQuery(false));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("Sources")).hasSize(3);
        second.json().path("Sources").forEach(s -> {
            assertThat(s.path("Status").asText()).as(s.toString()).isEqualTo("Matched");
            assertThat(s.path("StoredLink").path("ValidUntil").asText()).as("from a stored link: " + s).isNotBlank();
            assertThat(Instant.parse(s.path("StoredLink").path("ValidUntil").asText())).isAfter(t1);
            assertThat(s.path("Documents").size()).as("documents listed under the stored id: " + s).isPositive();
        });
        assertThat(second.json().path("Medications").size()).isPositive();

        // DocumentQuery naming the patient by demographics alone: the stored link names them there
        String north = Sandbox.COMMUNITIES.get(0);
        Api.Reply listed = Api.post("ClinicalSummary/DocumentQuery", Tokens.partner(), "{" + Sandbox.meta("ClinicalSummary", "DocumentQuery")
                .replace("\"Extensions\"", "\"FacilityCode\": \"" + north + "\", \"Extensions\"") + "," + Sandbox.alice() + "}");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().path("Documents").size()).isPositive();
        assertThat(listed.json().path("Source").path("StoredLink").path("ValidUntil").asText()).isNotBlank();

        Api.Reply refreshed = Api.post("ClinicalSummary/PatientQuery", Tokens.partner(), patientQuery(true));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        refreshed.json().path("Sources").forEach(s -> assertThat(s.has("StoredLink")).as("Refresh asks again: " + s).isFalse());
        // the refresh's three calls are queued after anything the second query would have sent
        awaitXcpdCalls(t1, 3, "the refresh's three XCPD calls in the call log");
        StringBuilder seen = new StringBuilder();
        assertThat(xcpdCallsSince(t1, seen)).as("the second query sent no XCPD, the refresh one per community: " + seen).isEqualTo(3);
    }

    @Test
    void anotherClientsStoredLinksAreNeverReused() {
        Api.Reply mine = Api.post("ClinicalSummary/PatientQuery", Tokens.partner(), patientQuery(false));
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        Partner other = onboard();
        Api.Reply theirs = Api.post("ClinicalSummary/PatientQuery", other.token(), patientQuery(false));
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
        theirs.json().path("Sources").forEach(s -> {
            assertThat(s.path("Status").asText()).as(s.toString()).isEqualTo("Matched");
            assertThat(s.has("StoredLink")).as("a new client discovers for itself: " + s).isFalse();
        });
        Partner third = onboard();
        Api.Reply noLink = Api.post("ClinicalSummary/DocumentQuery", third.token(), "{" + Sandbox.meta("ClinicalSummary", "DocumentQuery")
                .replace("\"Extensions\"", "\"FacilityCode\": \"" + Sandbox.COMMUNITIES.get(0) + "\", \"Extensions\"") + ","
                + Sandbox.alice() + "}");
        assertThat(noLink.status()).as("no link of its own: the identifier is required").isEqualTo(400);
        assertThat(noLink.firstError().path("Field").asText()).isEqualTo("Patient.Identifiers");
    }

    @Test
    void aDueAppointmentIsQueriedAndItsResultsAreReadByItsClientByAppointmentAndPatientAndShownInThePortal() throws Exception {
        Partner booker = onboard();
        Partner other = onboard();
        Instant visit = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply booked = Api.post("Scheduling/New", booker.token(), "{" + Sandbox.meta("Scheduling", "New") + "," + Sandbox.alice()
                + ", \"Targets\": {\"Organizations\": [{\"ID\": \"" + Sandbox.COMMUNITIES.get(0) + "\"}]},"
                + " \"Visit\": {\"VisitNumber\": \"PV-1\", \"VisitDateTime\": \"" + visit + "\"}}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String id = booked.json().path("Appointment").path("Id").asText();
        assertThat(Instant.parse(booked.json().path("Appointment").path("QueryAt").asText()))
                .as("a visit sooner than the lead time is queried at once").isBefore(visit);

        Api.await(Duration.ofSeconds(180), () -> "Completed".equals(Api.get("Scheduling/Appointments/" + id, booker.token())
                .json().path("Appointment").path("Status").asText()), "the pre-visit query of " + id + " to complete");
        Api.Reply result = Api.get("Scheduling/Appointments/" + id, booker.token());
        assertThat(result.json().path("Appointment").path("Attempts").asInt()).isEqualTo(1);
        assertThat(result.json().path("Result").path("Meta").path("EventType").asText()).isEqualTo("PatientQueryResponse");
        assertThat(result.json().path("Result").path("Medications").size()).isPositive();
        assertThat(result.json().path("Result").path("Sources").path(0).path("Status").asText()).isEqualTo("Matched");

        Api.Reply byPatient = Api.post("Scheduling/Appointments/Query", booker.token(), "{" + Sandbox.alice() + "}");
        assertThat(byPatient.status()).as(byPatient.body()).isEqualTo(200);
        assertThat(byPatient.json().path("Appointments").findValuesAsText("Id")).contains(id);
        assertThat(byPatient.json().path("Appointments").path(0).path("Result").path("Medications").size()).isPositive();

        Api.Reply foreign = Api.get("Scheduling/Appointments/" + id, other.token());
        assertThat(foreign.status()).as("another client's appointment does not exist for it").isEqualTo(404);
        assertThat(foreign.firstError().path("Code").asText()).isEqualTo("NotFound");
        assertThat(foreign.body()).doesNotContain("Newman");
        Api.Reply foreignByPatient = Api.post("Scheduling/Appointments/Query", other.token(), "{" + Sandbox.alice() + "}");
        assertThat(foreignByPatient.status()).isEqualTo(200);
        assertThat(foreignByPatient.json().path("Appointments")).isEmpty();
        assertThat(Api.get("Scheduling/Appointments/no-such-appointment", booker.token()).status()).isEqualTo(404);
        assertThat(Api.get("Scheduling/Appointments/" + id, Tokens.admin()).status()).as("an administrator sees all").isEqualTo(200);

        try (Browser browser = new Browser()) {
            browser.login("admin", "admin");
            browser.click(By.id("nav-previsit"));
            browser.awaitText(By.id("previsit:done"), id);
            assertThat(browser.find(By.id("previsit:done")).getText()).contains("Newman, Alice").contains(booker.clientId());
            assertThat(browser.driver().getPageSource()).contains("previsit:upcoming").contains("previsit:failed");
        }
    }

    @Test
    void cancelRescheduleAndModificationChangeOnlyTheClientsOwnAppointment() {
        Partner booker = onboard();
        Partner other = onboard();
        String meta = Sandbox.meta("Scheduling", "New");
        Api.Reply booked = Api.post("Scheduling/New", booker.token(), "{" + meta + "," + Sandbox.alice() + "," + Sandbox.targets()
                + ", \"Visit\": {\"VisitNumber\": \"V-A\", \"VisitDateTime\": \"2031-03-01T10:00:00Z\"}}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String id = booked.json().path("Appointment").path("Id").asText();

        String reschedule = "{" + Sandbox.meta("Scheduling", "Reschedule") + "," + Sandbox.alice() + ", \"Visit\": {\"VisitNumber\": \"V-B\","
                + " \"VisitDateTime\": \"2031-03-05T10:00:00Z\", \"OldVisitNumber\": \"V-A\", \"OldDateTime\": \"2031-03-01T10:00:00Z\"}}";
        assertThat(Api.post("Scheduling/Reschedule", other.token(), reschedule).status()).as("not the other client's").isEqualTo(404);
        Api.Reply moved = Api.post("Scheduling/Reschedule", booker.token(), reschedule);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode a = moved.json().path("Appointment");
        assertThat(a.path("Id").asText()).isEqualTo(id);
        assertThat(a.path("VisitId").asText()).isEqualTo("V-B");
        assertThat(a.path("VisitTime").asText()).isEqualTo("2031-03-05T10:00:00Z");
        assertThat(a.path("QueryAt").asText()).isEqualTo("2031-03-04T22:00:00Z");
        assertThat(a.path("Status").asText()).isEqualTo("Scheduled");

        Api.Reply modified = Api.post("Scheduling/Modification", booker.token(), "{" + Sandbox.meta("Scheduling", "Modification")
                + ", \"Visit\": {\"VisitNumber\": \"V-B\", \"VisitDateTime\": \"2031-03-05T11:30:00Z\"}}");
        assertThat(modified.status()).as(modified.body()).isEqualTo(200);
        assertThat(modified.json().path("Appointment").path("VisitTime").asText()).isEqualTo("2031-03-05T11:30:00Z");

        Api.Reply noTime = Api.post("Scheduling/Reschedule", booker.token(), "{" + Sandbox.meta("Scheduling", "Reschedule")
                + ", \"Visit\": {\"OldVisitNumber\": \"V-B\"}}");
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.firstError().path("Field").asText()).isEqualTo("Visit.VisitDateTime");

        String cancel = "{" + Sandbox.meta("Scheduling", "Cancel") + ", \"Visit\": {\"VisitNumber\": \"V-B\", \"CancelReason\": \"patient called\"}}";
        assertThat(Api.post("Scheduling/Cancel", other.token(), cancel).status()).isEqualTo(404);
        assertThat(Api.get("Scheduling/Appointments/" + id, booker.token()).json().path("Appointment").path("Status").asText())
                .as("another client's Cancel changed nothing").isEqualTo("Scheduled");
        Api.Reply cancelled = Api.post("Scheduling/Cancel", booker.token(), cancel);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("Appointment").path("Status").asText()).isEqualTo("Cancelled");
        assertThat(cancelled.json().path("Appointment").path("CancelReason").asText()).isEqualTo("patient called");
        assertThat(cancelled.json().path("Meta").path("EventType").asText()).isEqualTo("Cancel");

        Api.Reply unknown = Api.post("Scheduling/Cancel", booker.token(), cancel.replace("V-B", "V-NONE"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.firstError().path("Code").asText()).isEqualTo("NotFound");
        Api.Reply wrongEvent = Api.post("Scheduling/Cancel", booker.token(), cancel.replace("\"Cancel\"", "\"New\""));
        assertThat(wrongEvent.status()).isEqualTo(400);
    }
}
