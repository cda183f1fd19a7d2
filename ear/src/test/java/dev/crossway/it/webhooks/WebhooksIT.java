package dev.crossway.it.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Browser;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Tokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Webhooks end to end: partners onboarded through the API register destinations on a receiver on
 * loopback; a real asynchronous PatientQuery job publishes {@code PatientQuery.Completed}; the
 * receiver verifies each delivery's signature with the secret the registration returned. The
 * server under test retries after 1 s, 2 s, 4 s, … and gives up after 5 attempts
 * ({@code CROSSWAY_WEBHOOKS_*} in scripts/test.sh). Registrations, deletions and resends are in the
 * audit trail with the caller who made them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {

    private static final int MAX_ATTEMPTS = 5;
    private static PartnerReceiver receiver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void receiver() throws Exception {
        receiver = new PartnerReceiver();
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    private record Partner(String clientId, String token) {
    }

    /** A partner that may initiate queries for the test clinic, onboarded through the API. */
    private static Partner onboard() {
        String clientId = "webhooks-it-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Api.Reply r = Api.post("admin/partners", Tokens.admin(), """
                {"ClientId": "%s", "Grants": {"Organizations": ["2.16.840.1.113883.3.9999.99"], "PurposesOfUse": ["TREATMENT"],
                 "Initiate": true}}""".formatted(clientId));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Partner(clientId, Tokens.clientCredentials(clientId, r.json().path("Secret").asText()));
    }

    private static Api.Reply register(Partner p, String url, String events) {
        return Api.post("destinations", p.token(), """
                {"URL": "%s", "Events": %s}""".formatted(url, events));
    }

    private static Api.Reply delete(String id, String token) {
        return Api.send(HttpRequest.newBuilder(Api.uri("destinations/" + id)).timeout(Duration.ofSeconds(30)).DELETE(), token);
    }

    /** The administrative audit records since {@code from} whose detail contains {@code part}. */
    private static List<JsonNode> adminRecords(Instant from, String part) {
        Api.Reply r = Api.get("admin/audit?transaction=ADMIN&limit=1000&from=" + from, Tokens.admin());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().forEach(n -> {
            if (n.path("Detail").asText().contains(part)) {
                out.add(n);
            }
        });
        return out;
    }

    @Test
    void aFinishedJobIsPushedSignedRetriedUntilTakenDeadLetteredAfterTheLimitAndResentFromThePortal() throws Exception {
        Sandbox.ready();
        Partner acme = onboard();
        String flakyPath = "/" + acme.clientId() + "/flaky";
        String downPath = "/" + acme.clientId() + "/down";
        receiver.failNext(flakyPath, 3);
        receiver.failNext(downPath, Integer.MAX_VALUE);

        Api.Reply flaky = register(acme, receiver.url(flakyPath), "[\"PatientQuery.Completed\"]");
        assertThat(flaky.status()).as(flaky.body()).isEqualTo(201);
        String flakyId = flaky.json().path("ID").asText();
        String flakySecret = flaky.json().path("Secret").asText();
        assertThat(flakySecret).hasSizeGreaterThan(32);
        Api.Reply down = register(acme, receiver.url(downPath), "[\"PatientQuery.Completed\", \"Scheduling.ResultsReady\"]");
        assertThat(down.status()).as(down.body()).isEqualTo(201);
        String downSecret = down.json().path("Secret").asText();

        Api.Reply listed = Api.get("destinations", acme.token());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).hasSize(2);
        assertThat(listed.body()).contains(flakyId).doesNotContain(flakySecret).doesNotContain(downSecret);

        Instant before = Instant.now().minusSeconds(5);
        Api.Reply started = Api.post("ClinicalSummary/PatientQuery", acme.token(), "{" + Sandbox.meta("ClinicalSummary", "PatientQuery")
                + "," + Sandbox.alice() + "," + Sandbox.targets() + ", \"Async\": true}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.json().path("JobID").asText();

        // 500 three times, then taken: four attempts of one event, each signed with the destination's secret
        Api.await(Duration.ofSeconds(120), () -> receiver.received(flakyPath).size() >= 4, "four attempts at " + flakyPath);
        List<PartnerReceiver.Received> attempts = receiver.received(flakyPath);
        assertThat(attempts).extracting(PartnerReceiver.Received::answered).containsExactly(500, 500, 500, 200);
        String eventId = null;
        for (int i = 0; i < attempts.size(); i++) {
            PartnerReceiver.Received r = attempts.get(i);
            assertThat(r.signedWith(flakySecret)).as("attempt %d verifies with the secret", i + 1).isTrue();
            assertThat(r.signedWith(downSecret)).as("another destination's secret").isFalse();
            JsonNode body = Api.JSON.readTree(r.body());
            assertThat(body.path("EventType").asText()).isEqualTo("PatientQuery.Completed");
            assertThat(body.path("Attempt").asInt()).isEqualTo(i + 1);
            assertThat(body.path("Data").path("JobID").asText()).isEqualTo(job);
            assertThat(body.path("Data").path("Status").asText()).isEqualTo("Completed");
            assertThat(body.path("Data").has("Patient")).as("no patient data in an event").isFalse();
            assertThat(body.path("Timestamp").asText()).isEqualTo(r.headers().get("X-Crossway-Timestamp"));
            assertThat(Instant.parse(body.path("Timestamp").asText())).isAfter(before);
            eventId = eventId == null ? body.path("EventID").asText() : eventId;
            assertThat(body.path("EventID").asText()).as("the same event every attempt").isEqualTo(eventId);
        }
        assertThat(Api.get("jobs/" + job, acme.token()).json().path("Status").asText()).isEqualTo("Completed");

        // always 500: dead-lettered after the limit, visible to its owner
        Api.await(Duration.ofSeconds(120), () -> Api.get("destinations/dead-letters", acme.token()).json().size() == 1,
                "the dead letter of " + downPath);
        assertThat(receiver.received(downPath)).hasSize(MAX_ATTEMPTS)
                .allSatisfy(r -> assertThat(r.answered()).isEqualTo(500));
        JsonNode dead = Api.get("destinations/dead-letters", acme.token()).json().get(0);
        assertThat(dead.path("EventID").asText()).isEqualTo(eventId);
        assertThat(dead.path("Attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(dead.path("LastStatus").asInt()).isEqualTo(500);

        // the partner's endpoint is fixed; an administrator resends from the portal
        long deadId = dead.path("ID").asLong();
        Instant beforeResend = Instant.now().minusSeconds(2);
        receiver.failNext(downPath, 0);
        try (Browser browser = new Browser()) {
            browser.login("admin", "admin");
            browser.click(By.id("nav-webhooks"));
            browser.awaitText(By.id("webhooks:dead"), eventId);
            browser.awaitText(By.id("webhooks:destinations"), receiver.url(downPath));
            browser.click(By.xpath("//tr[td[contains(., '" + eventId + "')]]//input[@value='Resend']"));
            browser.awaitText(By.id("webhooks:messages"), "Resent");
            browser.awaitTextGone(By.id("webhooks:dead"), eventId);
        }
        Api.await(Duration.ofSeconds(60), () -> receiver.received(downPath).size() == MAX_ATTEMPTS + 1, "the resent delivery");
        PartnerReceiver.Received resent = receiver.received(downPath).get(MAX_ATTEMPTS);
        assertThat(resent.answered()).isEqualTo(200);
        assertThat(resent.signedWith(downSecret)).isTrue();
        assertThat(Api.JSON.readTree(resent.body()).path("EventID").asText()).isEqualTo(eventId);
        Api.await(Duration.ofSeconds(30), () -> Api.get("destinations/dead-letters", acme.token()).json().isEmpty(),
                "no dead letter left");

        // who resent which delivery is in the audit trail
        String resentRecord = "webhook delivery " + deadId + " resent";
        Api.await(Duration.ofSeconds(20), () -> !adminRecords(beforeResend, resentRecord).isEmpty(), "the resend's audit record");
        JsonNode record = adminRecords(beforeResend, resentRecord).get(0);
        assertThat(record.path("InitiatorSubject").asText()).isEqualTo("admin");
        assertThat(record.path("Outcome").asText()).isEqualTo("Success");
        assertThat(record.path("Detail").asText()).contains(eventId).contains(receiver.url(downPath)).contains(acme.clientId());
    }

    @Test
    void anotherPartnerCannotSeeOrDeleteYourDestinations() {
        Instant start = Instant.now().minusSeconds(2);
        Partner owner = onboard();
        Partner intruder = onboard();
        Api.Reply created = register(owner, receiver.url("/" + owner.clientId()), "[\"Scheduling.ResultsReady\"]");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("ID").asText();

        assertThat(Api.get("destinations", intruder.token()).json()).isEmpty();
        Api.Reply peek = Api.get("destinations/" + id, intruder.token());
        assertThat(peek.status()).isEqualTo(404);
        assertThat(peek.firstError().path("Code").asText()).isEqualTo("NotFound");
        Api.Reply steal = delete(id, intruder.token());
        assertThat(steal.status()).isEqualTo(404);
        assertThat(Api.get("destinations/" + id, owner.token()).status()).as("still there").isEqualTo(200);
        assertThat(Api.get("destinations", Tokens.admin()).body()).as("an administrator sees it").contains(id);
        assertThat(Api.get("destinations", null).status()).isEqualTo(401);

        assertThat(delete(id, owner.token()).status()).isEqualTo(204);
        assertThat(Api.get("destinations/" + id, owner.token()).status()).isEqualTo(404);
        assertThat(delete(id, owner.token()).status()).isEqualTo(404);

        // the registration and the one deletion are in the audit trail with their caller; the
        // refused and the repeated deletion changed nothing and record no deletion
        String url = receiver.url("/" + owner.clientId());
        Api.await(Duration.ofSeconds(20), () -> !adminRecords(start, "webhook destination " + id + " of client " + owner.clientId()
                + " deleted").isEmpty(), "the deletion's audit record");
        List<JsonNode> registered = adminRecords(start, "webhook destination " + id + " of client " + owner.clientId() + " registered");
        assertThat(registered).hasSize(1);
        assertThat(registered.get(0).path("Detail").asText()).contains(url).contains("Scheduling.ResultsReady");
        assertThat(registered.get(0).path("InitiatorSubject").asText()).contains(owner.clientId());
        List<JsonNode> deleted = adminRecords(start, "webhook destination " + id + " of client " + owner.clientId() + " deleted");
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).path("Detail").asText()).contains(url);
        assertThat(deleted.get(0).path("InitiatorSubject").asText()).contains(owner.clientId())
                .doesNotContain(intruder.clientId());
    }

    @Test
    void aDestinationOutsideTheAddressPolicyOrForAnUnknownEventIsRefusedAndNothingIsStored() {
        Partner p = onboard();
        for (String url : List.of("http://127.0.0.1:" + (PartnerReceiver.PORT + 1) + "/hook", "http://169.254.169.254/latest/meta-data",
                "https://10.1.2.3/hook", "https://[::1]:8443/hook", "https://localhost:9990/management")) {
            Api.Reply r = register(p, url, "[\"PatientQuery.Completed\"]");
            assertThat(r.status()).as(url + ": " + r.body()).isEqualTo(422);
            assertThat(r.firstError().path("Code").asText()).isEqualTo("AddressNotAllowed");
            assertThat(r.firstError().path("Field").asText()).isEqualTo("URL");
        }
        Api.Reply unknown = register(p, receiver.url("/x"), "[\"PatientQuery.Completed\", \"Patient.Deleted\"]");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.firstError().path("Code").asText()).isEqualTo("UnknownEvent");
        assertThat(unknown.firstError().path("Field").asText()).isEqualTo("Events");
        assertThat(unknown.firstError().path("Message").asText()).contains("Patient.Deleted");

        Api.Reply none = register(p, receiver.url("/x"), "[]");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.firstError().path("Field").asText()).isEqualTo("Events");
        Api.Reply ftp = register(p, "ftp://example.org/hook", "[\"PatientQuery.Completed\"]");
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(ftp.firstError().path("Code").asText()).isEqualTo("InvalidRequest");
        assertThat(ftp.body()).doesNotContain("Exception").doesNotContain("at dev.");

        assertThat(Api.get("destinations", p.token()).json()).as("nothing stored").isEmpty();
    }
}
