package dev.crossway.initiator.infrastructure.webhook;

import dev.crossway.initiator.domain.webhook.Signature;
import dev.crossway.interop.http.HttpPost;
import dev.crossway.interop.id.RandomUuids;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One delivery round of one node: claim a batch of due deliveries, POST each (in parallel, each
 * signed for its attempt), record each result; again until nothing is due. A 2xx answer delivers;
 * anything else is a failed attempt, tried again after the backoff or, when the attempts ran out,
 * dead-lettered. An address the policy refuses (it may have changed since registration) is
 * dead-lettered at once: no retry can help until an operator changes the policy and resends.
 */
public final class DeliveryRound {

    private static final Logger LOG = Logger.getLogger(DeliveryRound.class.getName());
    /** Batches per round at most, so that a round ends even when deliveries keep coming. */
    private static final int MAX_BATCHES = 50;

    private final DataSource dataSource;
    private final HttpPost http;
    private final WebhookSettings settings;
    private final Clock clock;
    private final String node;

    public DeliveryRound(DataSource dataSource, HttpPost http, WebhookSettings settings, Clock clock, String node) {
        this.dataSource = dataSource;
        this.http = http;
        this.settings = settings;
        this.clock = clock;
        this.node = node;
    }

    /** @return how many deliveries the receivers took in this round */
    public int run() {
        int delivered = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            WebhookOutbox outbox = new WebhookOutbox(c);
            for (int i = 0; i < MAX_BATCHES; i++) {
                String claimant = node + ":" + RandomUuids.next();
                Instant now = clock.instant();
                List<WebhookOutbox.Claimed> batch = outbox.claim(claimant, now, now.plus(settings.lease()), settings.batch());
                if (batch.isEmpty()) {
                    break;
                }
                List<CompletableFuture<HttpPost.Outcome>> sent = new ArrayList<>();
                for (WebhookOutbox.Claimed d : batch) {
                    sent.add(send(d));
                }
                for (int j = 0; j < batch.size(); j++) {
                    if (record(outbox, claimant, batch.get(j), sent.get(j).join())) {
                        delivered++;
                    }
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "webhook outbox unreachable: " + e.getMessage(), e);
        }
        return delivered;
    }

    private CompletableFuture<HttpPost.Outcome> send(WebhookOutbox.Claimed d) {
        Envelope e = Envelope.of(d.eventId(), d.eventType(), d.data(), clock.instant(), d.attempts() + 1);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Signature.HEADER, Signature.of(d.secret(), e.body()));
        headers.put(Signature.TIMESTAMP_HEADER, e.timestamp());
        headers.put(Signature.EVENT_HEADER, d.eventType());
        headers.put(Signature.ID_HEADER, d.eventId());
        try {
            return http.json(d.url(), headers, e.body(), settings.timeout());
        } catch (RuntimeException ex) {
            return CompletableFuture.completedFuture(new HttpPost.Outcome.Failed(String.valueOf(ex.getMessage())));
        }
    }

    /** @return true when delivered */
    private boolean record(WebhookOutbox outbox, String claimant, WebhookOutbox.Claimed d, HttpPost.Outcome outcome)
            throws SQLException {
        int failures = d.attempts() + 1;
        Instant now = clock.instant();
        if (outcome instanceof HttpPost.Outcome.Answered a && a.success()) {
            if (!outbox.delivered(d.id(), claimant)) {
                LOG.warning("webhook delivery " + d.id() + " was delivered after its claim expired (the receiver may see it twice)");
            }
            return true;
        }
        Integer status = null;
        String error;
        if (outcome instanceof HttpPost.Outcome.Answered a) {
            status = a.status();
            error = "HTTP " + a.status();
        } else if (outcome instanceof HttpPost.Outcome.Refused r) {
            error = r.reason();
        } else {
            error = ((HttpPost.Outcome.Failed) outcome).message();
        }
        boolean dead = outcome instanceof HttpPost.Outcome.Refused || settings.backoff().exhausted(failures);
        outbox.failed(d.id(), claimant, dead ? now : now.plus(settings.backoff().delayAfter(failures)), dead, status, error);
        LOG.log(dead ? Level.WARNING : Level.FINE, "webhook " + d.eventType() + " " + d.eventId() + " to " + d.url()
                + ", attempt " + failures + ": " + error + (dead ? "; dead-lettered" : "; tried again later"));
        return false;
    }
}
