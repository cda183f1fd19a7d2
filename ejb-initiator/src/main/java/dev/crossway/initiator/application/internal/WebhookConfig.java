package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.domain.webhook.Backoff;
import dev.crossway.initiator.infrastructure.webhook.WebhookSettings;

/** The webhook settings from the initiator's settings ({@code crossway.webhooks.*} / {@code CROSSWAY_WEBHOOKS_*}). */
final class WebhookConfig {

    private WebhookConfig() {
    }

    static WebhookSettings read(InitiatorSettings s) {
        WebhookSettings d = WebhookSettings.DEFAULTS;
        Backoff backoff = new Backoff(s.integer("crossway.webhooks.max-attempts", d.backoff().maxAttempts()),
                s.duration("crossway.webhooks.base-delay", d.backoff().base()),
                s.duration("crossway.webhooks.max-delay", d.backoff().max()));
        return new WebhookSettings(backoff, s.duration("crossway.webhooks.interval", d.interval()),
                s.duration("crossway.webhooks.timeout", d.timeout()), s.integer("crossway.webhooks.batch", d.batch()),
                s.integer("crossway.webhooks.max-destinations", d.maxDestinations()));
    }
}
