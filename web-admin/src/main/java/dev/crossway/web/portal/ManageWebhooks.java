package dev.crossway.web.portal;

import dev.crossway.initiator.application.DeadLetterView;
import dev.crossway.initiator.application.DestinationView;
import dev.crossway.initiator.application.WebhookDestinations;
import dev.crossway.responder.application.AdminAudit;
import dev.crossway.web.access.Callers;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The partners' webhook destinations and the deliveries that ran out of attempts, each with a
 * "Resend" (written to the audit trail with the administrator who pressed it).
 */
@Named
@ViewScoped
public class ManageWebhooks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WebhookDestinations webhooks;
    @Inject
    transient Callers callers;
    @Inject
    transient AdminAudit audit;

    public List<DestinationView> getDestinations() {
        return webhooks.list(callers.current());
    }

    public List<DeadLetterView> getDeadLetters() {
        return webhooks.deadLetters(callers.current(), 200);
    }

    public void resend(long deliveryId) {
        String admin = Portal.requireAdmin();
        FacesContext ctx = FacesContext.getCurrentInstance();
        Optional<DeadLetterView> resent = webhooks.resend(callers.current(), deliveryId);
        resent.ifPresent(d -> audit.admin(admin, "webhook delivery " + d.id() + " resent in the portal: event " + d.eventId()
                + " (" + d.eventType() + ") to destination " + d.destinationId() + " of client " + d.owner() + ": " + d.url()));
        if (resent.isPresent()) {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Resent",
                    "delivery " + deliveryId + " is due again"));
        } else {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Not resent",
                    "delivery " + deliveryId + " is no longer dead-lettered"));
        }
    }
}
