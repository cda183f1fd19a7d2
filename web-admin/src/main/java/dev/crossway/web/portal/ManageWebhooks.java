package dev.crossway.web.portal;

import dev.crossway.initiator.application.DeadLetterView;
import dev.crossway.initiator.application.DestinationView;
import dev.crossway.initiator.application.WebhookDestinations;
import dev.crossway.web.access.Callers;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The partners' webhook destinations and the deliveries that ran out of attempts, each with a "Resend". */
@Named
@ViewScoped
public class ManageWebhooks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WebhookDestinations webhooks;
    @Inject
    transient Callers callers;

    public List<DestinationView> getDestinations() {
        return webhooks.list(callers.current());
    }

    public List<DeadLetterView> getDeadLetters() {
        return webhooks.deadLetters(callers.current(), 200);
    }

    public void resend(long deliveryId) {
        Portal.requireAdmin();
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (webhooks.resend(callers.current(), deliveryId)) {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Resent",
                    "delivery " + deliveryId + " is due again"));
        } else {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Not resent",
                    "delivery " + deliveryId + " is no longer dead-lettered"));
        }
    }
}
