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
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.OAuth2Constants;

/**
 * The Partners page: lists the partner clients and onboards a new one (a confidential client with
 * the {@code partner} role), showing its secret once. Talks to Keycloak as the
 * {@code crossway-manager} service account, with the code the realm tool uses.
 */
@Named
@ViewScoped
public class OnboardPartner implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OnboardPartner.class.getName());

    @jakarta.inject.Inject
    transient dev.crossway.responder.application.AdminAudit audit;

    private String clientId;
    private String displayName;
    private PartnerOnboarding.Credentials issued;
    private List<String> partners;

    public void onboard() {
        Portal.requireAdmin();
        try (Keycloak keycloak = keycloak()) {
            issued = new PartnerOnboarding(keycloak, realm()).onboard(clientId, displayName);
            audit.admin(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName(),
                    "partner " + clientId + " onboarded (" + displayName + ")");
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
            try (Keycloak keycloak = keycloak()) {
                partners = new PartnerOnboarding(keycloak, realm()).list();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "listing partners failed", e);
                message(FacesMessage.SEVERITY_WARN, "Keycloak", "the partner list is unavailable: " + e.getMessage());
                partners = List.of();
            }
        }
        return partners;
    }

    private static Keycloak keycloak() {
        String provider = System.getProperty("crossway.oidc.provider-url", "http://localhost:8180/realms/crossway");
        String server = provider.substring(0, provider.indexOf("/realms/"));
        return KeycloakBuilder.builder().serverUrl(server).realm(realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId("crossway-manager")
                .clientSecret(System.getProperty("crossway.keycloak.manager-secret", "")).build();
    }

    private static String realm() {
        String provider = System.getProperty("crossway.oidc.provider-url", "http://localhost:8180/realms/crossway");
        return provider.substring(provider.indexOf("/realms/") + "/realms/".length()).replaceAll("/.*", "");
    }

    private static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }

    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public PartnerOnboarding.Credentials getIssued() { return issued; }
}
