package dev.crossway.web.certificates;

import dev.crossway.interop.tls.CertificateFacts;
import dev.crossway.interop.tls.CertificateState;

/**
 * One certificate the installation uses or trusts, where it comes from ({@code source}: the setting
 * or the trust anchor's label) and its state now; {@code problem} instead of facts when the file
 * named by the setting cannot be read.
 */
public record InventoryEntry(CertificateRole role, String source, CertificateFacts facts, CertificateState state,
                             String problem) {

    static InventoryEntry of(CertificateRole role, String source, CertificateFacts facts, java.time.Instant now) {
        return new InventoryEntry(role, source, facts, facts.state(now), null);
    }

    static InventoryEntry unreadable(CertificateRole role, String source, String problem) {
        return new InventoryEntry(role, source, null, null, problem);
    }

    /** Expiring, expired or unreadable: shown on every portal page and in the health check. */
    public boolean needsAttention() {
        return problem != null || state != CertificateState.VALID;
    }
}
