package dev.crossway.web.portal;

import dev.crossway.web.certificates.CertificateInventory;
import dev.crossway.web.certificates.InventoryEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The certificate inventory page, and the banner every portal page shows while a certificate
 * expires within 30 days, has expired or cannot be read (read once per request).
 */
@Named
@RequestScoped
public class ReviewCertificates {

    @Inject
    CertificateInventory inventory;

    private List<InventoryEntry> all;

    public List<InventoryEntry> getCertificates() {
        if (all == null) {
            all = inventory.list();
        }
        return all;
    }

    public List<InventoryEntry> getNeedingAttention() {
        return getCertificates().stream().filter(InventoryEntry::needsAttention).toList();
    }

    /** The state as the page shows it. */
    public String state(InventoryEntry e) {
        return e.state() == null ? "Unreadable" : switch (e.state()) {
            case VALID -> "Valid";
            case EXPIRING -> "Expiring";
            case EXPIRED -> "Expired";
        };
    }
}
