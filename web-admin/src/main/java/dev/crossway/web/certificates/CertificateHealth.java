package dev.crossway.web.certificates;

import dev.crossway.interop.tls.CertificateState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The certificates in WildFly's health check ({@code /health/ready} on the management port):
 * DOWN when one of this installation's own certificates (SAML signing, TLS server, TLS client) has
 * expired or cannot be read, since partners then refuse every exchange; UP otherwise, with a
 * {@code warning} naming each certificate that expires within 30 days, and each trusted
 * certificate that expired (a partner's expired anchor is that partner's problem, not a reason to
 * take this node out of service).
 */
@Readiness
@ApplicationScoped
public class CertificateHealth implements HealthCheck {

    @Inject
    CertificateInventory inventory;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("crossway-certificates").up();
        List<InventoryEntry> attention = inventory.needingAttention();
        int n = 0;
        for (InventoryEntry e : attention) {
            n++;
            String what = e.role().label() + " " + (e.facts() == null ? e.source() : e.facts().subject());
            boolean failure = e.role().own() && (e.problem() != null || e.state() == CertificateState.EXPIRED);
            if (failure) {
                b.down();
            }
            String status = e.problem() != null ? "unreadable (" + e.problem() + ")"
                    : e.state() == CertificateState.EXPIRED ? "expired " + e.facts().notAfter()
                    : "expires " + e.facts().notAfter();
            b.withData((failure ? "failure-" : "warning-") + n, what + ": " + status);
        }
        return b.withData("certificates", inventory.list().size()).build();
    }
}
