package dev.crossway.initiator.infrastructure.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossway.initiator.domain.webhook.Backoff;
import dev.crossway.initiator.domain.webhook.Destination;
import dev.crossway.initiator.domain.webhook.Signature;
import dev.crossway.initiator.support.TestDatabase;
import dev.crossway.initiator.support.WebhookReceiver;
import dev.crossway.interop.http.AddressPolicy;
import dev.crossway.interop.http.AllowList;
import dev.crossway.interop.http.HostResolver;
import dev.crossway.interop.http.HttpPost;
import dev.crossway.testsupport.MigratedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery rounds against MariaDB and a partner's receiver on loopback, with a clock the test moves. */
class DeliveryRoundTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Backoff BACKOFF = new Backoff(4, Duration.ofSeconds(10), Duration.ofMinutes(5));
    private static MigratedDatabase db;

    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @BeforeAll
    static void database() throws SQLException {
        db = TestDatabase.fresh("webhook_round");
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = db.connection(); var s = c.createStatement()) {
            s.execute("delete from webhook_delivery");
            s.execute("delete from webhook_destination");
        }
    }

    private DeliveryRound round(WebhookReceiver receiver) {
        AddressPolicy policy = new AddressPolicy(AllowList.parse("127.0.0.1:" + receiver.port()), true, HostResolver.SYSTEM);
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        WebhookSettings settings = new WebhookSettings(BACKOFF, Duration.ofSeconds(1), Duration.ofSeconds(5), 10, 20);
        return new DeliveryRound(db.dataSource(), new HttpPost(null, Duration.ofSeconds(5), policy), settings, clock, "test-node");
    }

    private Destination register(String url, String secret) throws SQLException {
        Destination d = new Destination(UUID.randomUUID().toString(), "partner-a", url, Set.of("PatientQuery.Completed"), secret,
                now.truncatedTo(ChronoUnit.MICROS));
        try (Connection c = db.connection()) {
            new JdbcDestinations(c).insert(d);
        }
        return d;
    }

    private String publish(Destination d, String data) throws SQLException {
        String eventId = UUID.randomUUID().toString();
        try (Connection c = db.connection()) {
            new WebhookOutbox(c).enqueue(List.of(d), eventId, "PatientQuery.Completed", data, now);
        }
        return eventId;
    }

    private List<WebhookOutbox.DeadLetter> deadLetters() throws SQLException {
        try (Connection c = db.connection()) {
            return new WebhookOutbox(c).deadLetters(null, 10);
        }
    }

    @Test
    void theReceiverVerifiesTheSignatureWithItsSecretAndTheSignedBodyCarriesTheEventIdTimestampAndDataByteForByte() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Destination d = register(receiver.url(), Signature.newSecret());
            String data = "{\"JobID\":\"j-1\",  \"Status\":\"Completed\",\"Note\":\"caf\u00e9\"}";
            String eventId = publish(d, data);

            assertThat(round(receiver).run()).isEqualTo(1);

            WebhookReceiver.Received r = receiver.received().get(0);
            assertThat(Signature.verify(d.secret(), r.body(), r.headers().get("X-Crossway-Signature"))).isTrue();
            assertThat(Signature.verify("another-secret", r.body(), r.headers().get("X-Crossway-Signature"))).isFalse();
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.path("EventID").asText()).isEqualTo(eventId).isEqualTo(r.headers().get("X-Crossway-Event-Id"));
            assertThat(body.path("EventType").asText()).isEqualTo("PatientQuery.Completed");
            assertThat(body.path("Timestamp").asText()).isEqualTo("2026-03-01T10:00:00Z")
                    .isEqualTo(r.headers().get("X-Crossway-Timestamp"));
            assertThat(body.path("Attempt").asInt()).isEqualTo(1);
            assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"Data\":" + data);
            assertThat(r.headers().get("Content-Type")).startsWith("application/json");
            assertThat(round(receiver).run()).as("delivered once").isZero();
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void threeFailuresAreRetriedWithBackoffAndTheFourthAttemptDeliversWithTheSameEventId() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().answer(500, 500, 500)) {
            Destination d = register(receiver.url(), "s");
            String eventId = publish(d, "{}");
            DeliveryRound round = round(receiver);
            for (Duration wait : List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40))) {
                assertThat(round.run()).isZero();
                now = now.plus(wait).minusSeconds(1);
                assertThat(round.run()).as("not due before its backoff").isZero();
                now = now.plusSeconds(1);
            }
            int before = receiver.received().size();
            assertThat(round.run()).isEqualTo(1);
            List<WebhookReceiver.Received> got = receiver.received();
            assertThat(before).isEqualTo(3);
            assertThat(got).hasSize(4).allSatisfy(r -> {
                assertThat(JSON.readTree(r.body()).path("EventID").asText()).isEqualTo(eventId);
                assertThat(Signature.verify("s", r.body(), r.headers().get("X-Crossway-Signature"))).isTrue();
            });
            assertThat(got).extracting(r -> JSON.readTree(r.body()).path("Attempt").asInt()).containsExactly(1, 2, 3, 4);
            assertThat(deadLetters()).isEmpty();
        }
    }

    @Test
    void aReceiverThatAlwaysFailsGetsMaxAttemptsThenTheDeliveryIsDeadLetteredWithTheLastError() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().otherwise(503)) {
            Destination d = register(receiver.url(), "s");
            String eventId = publish(d, "{}");
            DeliveryRound round = round(receiver);
            for (int i = 0; i < 10; i++) {
                round.run();
                now = now.plus(Duration.ofMinutes(10));
            }
            assertThat(receiver.received()).hasSize(BACKOFF.maxAttempts());
            assertThat(deadLetters()).singleElement().satisfies(l -> {
                assertThat(l.eventId()).isEqualTo(eventId);
                assertThat(l.attempts()).isEqualTo(4);
                assertThat(l.lastStatus()).isEqualTo(503);
                assertThat(l.lastError()).isEqualTo("HTTP 503");
            });
        }
    }

    @Test
    void anAddressThePolicyNoLongerAllowsIsNeverConnectedToAndDeadLetteredAtOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); WebhookReceiver other = new WebhookReceiver()) {
            // registered when it was allowed; the policy of this round allows only the first receiver's port
            Destination d = register(other.url(), "s");
            publish(d, "{}");
            assertThat(round(receiver).run()).isZero();
            assertThat(other.received()).isEmpty();
            assertThat(deadLetters()).singleElement().satisfies(l -> {
                assertThat(l.attempts()).isEqualTo(1);
                assertThat(l.lastError()).startsWith("address not allowed");
            });
        }
    }
}
