package dev.crossway.initiator.infrastructure.webhook;

import dev.crossway.initiator.domain.webhook.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How webhooks are delivered: the retry schedule ({@code crossway.webhooks.max-attempts},
 * {@code .base-delay}, {@code .max-delay}), how often each node looks for due deliveries
 * ({@code .interval}), how long one POST may take ({@code .timeout}), how many deliveries a node
 * claims at once ({@code .batch}) and how many destinations one partner may register
 * ({@code .max-destinations}).
 */
public record WebhookSettings(Backoff backoff, Duration interval, Duration timeout, int batch, int maxDestinations) {

    public static final WebhookSettings DEFAULTS = new WebhookSettings(
            new Backoff(8, Duration.ofSeconds(30), Duration.ofHours(1)), Duration.ofSeconds(2), Duration.ofSeconds(10), 20, 20);

    public WebhookSettings {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        if (batch < 1 || maxDestinations < 1) {
            throw new IllegalArgumentException("batch and max-destinations must be positive");
        }
    }

    /** How long a claim holds: longer than any POST of the batch can take, so no other node sends it meanwhile. */
    public Duration lease() {
        return timeout.multipliedBy(2).plus(Duration.ofSeconds(30));
    }
}
