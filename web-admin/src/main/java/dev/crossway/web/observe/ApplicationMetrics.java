package dev.crossway.web.observe;

import dev.crossway.directory.application.AuditExportBacklog;
import dev.crossway.directory.application.DirectoryFreshness;
import dev.crossway.initiator.application.EndpointHealth;
import dev.crossway.initiator.application.EndpointStats;
import dev.crossway.initiator.application.JobQueue;
import dev.crossway.responder.application.IdentityCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's state as metrics, read when Prometheus scrapes (identity cache, jobs, ATNA
 * outbox, directory age) or every {@link #REFRESH} (the outbound endpoints, one series each).
 */
@ApplicationScoped
public class ApplicationMetrics {

    /** The window of the per-endpoint outbound figures, and how often they are recomputed. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ApplicationMetrics.class.getName());

    @Inject
    MeterRegistry registry;
    @Inject
    IdentityCache identityCache;
    @Inject
    JobQueue jobs;
    @Inject
    AuditExportBacklog atna;
    @Inject
    DirectoryFreshness directory;
    @Inject
    EndpointHealth endpoints;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private MultiGauge outboundCalls;
    private MultiGauge outboundFailures;
    private MultiGauge outboundTimeouts;
    private MultiGauge openCircuits;
    private ScheduledFuture<?> refreshing;

    void register(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        FunctionCounter.builder("crossway.identity_cache.hits", identityCache, IdentityCache::hits)
                .description("XCPD answers served from the identity cache on this node").register(registry);
        FunctionCounter.builder("crossway.identity_cache.misses", identityCache, IdentityCache::misses)
                .description("XCPD queries the identity cache could not answer on this node").register(registry);
        Gauge.builder("crossway.identity_cache.entries", identityCache, IdentityCache::size)
                .description("Entries in the replicated identity cache").register(registry);
        Gauge.builder("crossway.jobs.running", jobs, JobQueue::running)
                .description("Asynchronous patient queries started on this node and not finished").register(registry);
        Gauge.builder("crossway.atna.outbox", atna, AuditExportBacklog::waiting)
                .description("ATNA audit messages waiting to be shipped to the SIEM").register(registry);
        Gauge.builder("crossway.directory.sync.age", directory, d -> d.freshness().age(Instant.now())
                        .map(a -> (double) a.toSeconds()).orElse(Double.NaN))
                .description("Seconds since the last completed directory sync (NaN: never)").baseUnit("seconds")
                .register(registry);
        outboundCalls = MultiGauge.builder("crossway.outbound.calls")
                .description("Outbound calls per endpoint over the last 15 minutes").register(registry);
        outboundFailures = MultiGauge.builder("crossway.outbound.failures")
                .description("Failed outbound calls per endpoint over the last 15 minutes").register(registry);
        outboundTimeouts = MultiGauge.builder("crossway.outbound.timeouts")
                .description("Timed-out outbound calls per endpoint over the last 15 minutes").register(registry);
        openCircuits = MultiGauge.builder("crossway.outbound.circuit.open")
                .description("1 while the endpoint's circuit is open (calls to it are skipped)").register(registry);
        refreshing = scheduler.scheduleWithFixedDelay(this::refreshOutbound, 5, REFRESH.toSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }

    private void refreshOutbound() {
        try {
            List<EndpointStats> stats = endpoints.stats(Instant.now().minus(WINDOW));
            outboundCalls.register(rows(stats, EndpointStats::calls), true);
            outboundFailures.register(rows(stats, EndpointStats::failures), true);
            outboundTimeouts.register(rows(stats, EndpointStats::timeouts), true);
            openCircuits.register(rows(stats, s -> "Open".equals(s.circuitState()) ? 1 : 0), true);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the outbound endpoint metrics could not be refreshed", e);
        }
    }

    private static List<MultiGauge.Row<?>> rows(List<EndpointStats> stats, ToDoubleFunction<EndpointStats> value) {
        return stats.stream().<MultiGauge.Row<?>>map(s -> MultiGauge.Row.of(Tags.of("endpoint", s.url()), value.applyAsDouble(s)))
                .toList();
    }
}
