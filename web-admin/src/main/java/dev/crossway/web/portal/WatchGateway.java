package dev.crossway.web.portal;

import dev.crossway.directory.application.DirectoryFreshness;
import dev.crossway.directory.application.DirectorySync;
import dev.crossway.directory.application.SyncFreshness;
import dev.crossway.directory.application.SyncRunView;
import dev.crossway.health.Check;
import dev.crossway.health.ReadinessProbes;
import dev.crossway.initiator.application.EndpointHealth;
import dev.crossway.initiator.application.EndpointStats;
import dev.crossway.initiator.application.SigningIdentity;
import dev.crossway.responder.application.CacheStatus;
import dev.crossway.responder.application.IdentityCache;
import dev.crossway.responder.application.InboundTraffic;
import dev.crossway.responder.domain.audit.RequestCounts;
import dev.crossway.web.certificates.CertificateInventory;
import dev.crossway.web.certificates.InventoryEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The portal's home: is the gateway well? Each figure links to the page that explains it. Read
 * once per request; "today" is today in the installation's time zone ({@link InstallationZone}).
 */
@Named
@RequestScoped
public class WatchGateway {

    /** An endpoint is failing when fewer of its calls succeed, or while its circuit is open. */
    static final double FAILING_BELOW = 0.8;
    /** OIDs and URLs longer than this are shortened on screen, the whole value on hover. */
    static final int SHORT = 26;

    @Inject
    ReadinessProbes probes;
    @Inject
    CacheStatus cluster;
    @Inject
    InboundTraffic inbound;
    @Inject
    EndpointHealth endpoints;
    @Inject
    IdentityCache identityCache;
    @Inject
    CertificateInventory certificates;
    @Inject
    DirectoryFreshness freshness;
    @Inject
    DirectorySync sync;
    @Inject
    Instance<DeadLetteredWebhooks> webhooks;
    @Inject
    InstallationZone zone;
    @jakarta.ejb.EJB
    SigningIdentity signing;

    private List<CheckRow> checks;
    private List<EndpointStats> today;
    private RequestCounts inboundToday;

    /** One readiness check as the dashboard lists it. */
    public record CheckRow(String name, boolean up, String detail) {
    }

    public List<CheckRow> getChecks() {
        if (checks != null) {
            return checks;
        }
        List<CheckRow> rows = new ArrayList<>();
        for (Check c : Check.values()) {
            HealthCheckResponse r = probes.call(c);
            String detail = r.getData().map(Map::entrySet).map(es -> es.stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))).orElse("");
            rows.add(new CheckRow(r.getName(), r.getStatus() == HealthCheckResponse.Status.UP, detail));
        }
        checks = rows;
        return rows;
    }

    public boolean isReady() {
        return getChecks().stream().allMatch(CheckRow::up);
    }

    public List<String> getNodes() {
        return cluster.members();
    }

    /** The initiator's own home community id, as its assertions carry it (one reader of the setting). */
    public String getHomeCommunityId() {
        return signing.homeCommunityId();
    }

    public RequestCounts getInbound() {
        if (inboundToday == null) {
            inboundToday = inbound.between(zone.startOfToday(), Instant.now());
        }
        return inboundToday;
    }

    /** Refused and failed requests among today's, e.g. {@code 1.5%}. */
    public String getInboundErrorRate() {
        RequestCounts c = getInbound();
        return percent(c.refused() + c.errors(), c.requests());
    }

    public long getOutboundCalls() {
        return outboundToday().stream().mapToLong(EndpointStats::calls).sum();
    }

    public String getOutboundErrorRate() {
        return percent(outboundToday().stream().mapToLong(EndpointStats::failures).sum(), getOutboundCalls());
    }

    /** Identity cache hits among this node's lookups since it started. */
    public String getIdentityHitRatio() {
        long hits = identityCache.hits();
        return percent(hits, hits + identityCache.misses());
    }

    public List<EndpointStats> getFailingEndpoints() {
        return outboundToday().stream().filter(s -> s.successRate() < FAILING_BELOW || "Open".equals(s.circuitState()))
                .toList();
    }

    public List<InventoryEntry> getCertificatesNeedingAttention() {
        return certificates.needingAttention();
    }

    public SyncFreshness getDirectory() {
        return freshness.freshness();
    }

    public Optional<SyncRunView> getLatestSync() {
        return sync.recent(1).stream().findFirst();
    }

    /** Dead-lettered webhook deliveries, or null where the webhook delivery is not part of this build. */
    public Long getDeadLetteredWebhooks() {
        return webhooks.isResolvable() ? webhooks.get().count() : null;
    }

    public String time(Instant instant) {
        return zone.format(instant);
    }

    public String getZone() {
        return zone.zone().getId();
    }

    /** A long OID or URL shortened in the middle ({@code 2.16.840.1.1…3.9999.99}); the page shows the whole on hover. */
    public String shortened(String value) {
        if (value == null || value.length() <= SHORT) {
            return value;
        }
        int keep = (SHORT - 1) / 2;
        return value.substring(0, keep) + "…" + value.substring(value.length() - keep);
    }

    private List<EndpointStats> outboundToday() {
        if (today == null) {
            today = endpoints.stats(zone.startOfToday());
        }
        return today;
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
