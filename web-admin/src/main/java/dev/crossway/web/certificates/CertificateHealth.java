package dev.crossway.web.certificates;

import dev.crossway.interop.tls.CertificateState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The certificates as a health check sees them: DOWN when one of the installation's own
 * certificates (SAML signing, TLS server, TLS client) has expired or cannot be read, since every
 * partner then refuses it; UP otherwise, with a {@code warning-N} entry for each certificate
 * expiring within 30 days and each trusted certificate that expired (a partner's expired anchor
 * must not take this node out of a load balancer). Probes are unauthenticated, so the entries
 * name roles, states and dates, never subjects.
 */
public record CertificateHealth(boolean up, Map<String, String> entries, int certificates) {

    public static CertificateHealth of(CertificateInventory inventory) {
        boolean up = true;
        Map<String, String> entries = new LinkedHashMap<>();
        int n = 0;
        for (InventoryEntry e : inventory.needingAttention()) {
            n++;
            boolean failure = e.role().own() && (e.problem() != null || e.state() == CertificateState.EXPIRED);
            up &= !failure;
            String status = e.problem() != null ? "unreadable"
                    : (e.state() == CertificateState.EXPIRED ? "expired " : "expires ") + e.facts().notAfter();
            entries.put((failure ? "failure-" : "warning-") + n, e.role().label() + ": " + status);
        }
        return new CertificateHealth(up, entries, inventory.list().size());
    }
}
