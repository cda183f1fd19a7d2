package dev.crossway.web.observe;

import dev.crossway.directory.application.AuditExportBacklog;
import dev.crossway.directory.application.DirectoryFreshness;
import dev.crossway.initiator.application.EndpointHealth;
import dev.crossway.initiator.application.EndpointStats;
import dev.crossway.initiator.application.JobQueue;
import dev.crossway.responder.application.IdentityCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's state as metrics, read when Prometheus scrapes (identity cache, jobs, ATNA
 * outbox, directory age) or every {@link #REFRESH} (the outbound endpoints, one series each).
 * Registered only with the registry's plain calls ({@code gauge}, {@code more().counter}): the
 * only ones WildFly's per-deployment registry passes on to what it serves (see {@link LatencyHistogram}).
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

    /** The latest outbound figures per endpoint URL; an endpoint no longer called reads 0. */
    private final Map<String, EndpointStats> outbound = new ConcurrentHashMap<>();
    private ScheduledFuture<?> refreshing;

    void register(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        registry.more().counter("crossway.identity_cache.hits", Tags.empty(), this, m -> m.identityCache.hits());
        registry.more().counter("crossway.identity_cache.misses", Tags.empty(), this, m -> m.identityCache.misses());
        registry.gauge("crossway.identity_cache.entries", Tags.empty(), this, m -> m.identityCache.size());
        registry.gauge("crossway.jobs.running", Tags.empty(), this, m -> m.jobs.running());
        registry.gauge("crossway.atna.outbox", Tags.empty(), this, m -> m.atna.waiting());
        registry.gauge("crossway.directory.sync.age.seconds", Tags.empty(), this, m -> m.directory.freshness()
                .age(Instant.now()).map(a -> (double) a.toSeconds()).orElse(Double.NaN));
        refreshing = scheduler.scheduleWithFixedDelay(this::refreshOutbound, 5, REFRESH.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Cancels the refresh and interrupts one in progress, when the web module stops: before the
     * EJB modules stop, which a {@code @PreDestroy} here would not be (the application context is
     * destroyed after them). A refresh started while an EJB module is still starting waits for it
     * inside the EJB container; if that start fails, the call would wait forever and the EJB's
     * stop would wait for the call, and the node would never stop on SIGTERM.
     */
    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) ServletContext stopping) {
        if (refreshing != null) {
            refreshing.cancel(true);
        }
    }

    private void refreshOutbound() {
        try {
            Map<String, EndpointStats> now = new ConcurrentHashMap<>();
            endpoints.stats(Instant.now().minus(WINDOW)).forEach(s -> now.put(s.url(), s));
            for (String url : now.keySet()) {
                if (!outbound.containsKey(url)) {
                    outbound.put(url, now.get(url));
                    Tags endpoint = Tags.of("endpoint", url);
                    registry.gauge("crossway.outbound.calls", endpoint, this, m -> m.figure(url, EndpointStats::calls));
                    registry.gauge("crossway.outbound.failures", endpoint, this, m -> m.figure(url, EndpointStats::failures));
                    registry.gauge("crossway.outbound.timeouts", endpoint, this, m -> m.figure(url, EndpointStats::timeouts));
                    registry.gauge("crossway.outbound.circuit.open", endpoint, this,
                            m -> m.figure(url, s -> "Open".equals(s.circuitState()) ? 1 : 0));
                }
            }
            outbound.replaceAll((url, old) -> now.getOrDefault(url, idle(url)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the outbound endpoint metrics could not be refreshed", e);
        }
    }

    private double figure(String url, ToDoubleFunction<EndpointStats> value) {
        EndpointStats s = outbound.get(url);
        return s == null ? 0 : value.applyAsDouble(s);
    }

    private static EndpointStats idle(String url) {
        return new EndpointStats(url, 0, 0, 0, 0, 1, 0, 0, 0, java.util.List.of(), "Closed");
    }
}
