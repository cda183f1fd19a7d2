package dev.crossway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * What each readiness check runs, registered by the module that can answer it. One instance per
 * deployment (application scoped, in a library every module of the EAR sees).
 */
@ApplicationScoped
public class ReadinessProbes {

    private static final Logger LOG = Logger.getLogger(ReadinessProbes.class.getName());

    private final Map<Check, Supplier<HealthCheckResponse>> probes = new ConcurrentHashMap<>();

    /** Makes {@code check} run {@code probe}, replacing what it ran before. */
    public void register(Check check, Supplier<HealthCheckResponse> probe) {
        probes.put(Objects.requireNonNull(check), Objects.requireNonNull(probe));
    }

    /**
     * The check's answer: DOWN while nothing is registered for it (the node is still starting) and
     * when its probe fails, with the failure's kind only (a message could name hosts or files).
     */
    public HealthCheckResponse call(Check check) {
        Supplier<HealthCheckResponse> probe = probes.get(check);
        if (probe == null) {
            return HealthCheckResponse.named(check.label()).down().withData("state", "starting").build();
        }
        try {
            return probe.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "health check " + check.label() + " failed", e);
            return HealthCheckResponse.named(check.label()).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
