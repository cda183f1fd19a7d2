package dev.crossway.web.portal;

import dev.crossway.realm.PartnerOnboarding;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import dev.crossway.realm.PartnerGrants;
import dev.crossway.responder.application.AccessAudit;
import dev.crossway.web.access.KeycloakManager;
import jakarta.inject.Inject;

/**
 * The Partners page: lists the partner clients and onboards a new one (a confidential client with
 * the {@code partner} role and the grants typed here), showing its secret once; the onboarding is audited. Talks to Keycloak as the
 * {@code crossway-manager} service account, with the code the realm tool uses.
 */
@Named
@ViewScoped
public class OnboardPartner implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OnboardPartner.class.getName());

    @Inject
    transient AccessAudit audit;

    private String clientId;
    private String communities;
    private String organizations;
    private String purposes = "TREATMENT";
    private boolean initiate = true;
    private String displayName;
    private PartnerOnboarding.Credentials issued;
    private List<String> partners;

    public void onboard() {
        Portal.requireAdmin();
        try {
            issued = KeycloakManager.withPartners(p -> p.onboard(clientId, displayName, grants()));
            audit.grantsChanged(Portal.requireAdmin(), issued.clientId(), "onboarded in the portal with grants " + grants().toJson());
            partners = null;
            clientId = null;
            displayName = null;
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, "Refused", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "onboarding failed", e);
            message(FacesMessage.SEVERITY_ERROR, "Keycloak", "Keycloak did not accept the request: " + e.getMessage());
        }
    }

    public List<String> getPartners() {
        if (partners == null) {
            try {
                partners = KeycloakManager.withPartners(PartnerOnboarding::list);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "listing partners failed", e);
                message(FacesMessage.SEVERITY_WARN, "Keycloak", "the partner list is unavailable: " + e.getMessage());
                partners = List.of();
            }
        }
        return partners;
    }

    private static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }

    /** The grants typed on the page: comma- or space-separated lists. */
    private PartnerGrants grants() {
        return new PartnerGrants(list(communities), list(organizations), list(purposes), null, initiate);
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of()
                : java.util.Arrays.stream(text.split("[,\\s]+")).filter(v -> !v.isBlank()).toList();
    }

    public String getCommunities() { return communities; }
    public void setCommunities(String v) { communities = v; }
    public String getOrganizations() { return organizations; }
    public void setOrganizations(String v) { organizations = v; }
    public String getPurposes() { return purposes; }
    public void setPurposes(String v) { purposes = v; }
    public boolean isInitiate() { return initiate; }
    public void setInitiate(boolean v) { initiate = v; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public PartnerOnboarding.Credentials getIssued() { return issued; }
}
