package dev.crossway.web.portal;

import dev.crossway.initiator.application.WebhookDestinations;
import dev.crossway.web.access.Callers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The dashboard's count of dead-lettered webhook deliveries, as the signed-in person may see them. */
@RequestScoped
public class OutboxDeadLetters implements DeadLetteredWebhooks {

    @EJB
    WebhookDestinations webhooks;
    @Inject
    Callers callers;

    @Override
    public long count() {
        return webhooks.deadLetterCount(callers.current());
    }
}
