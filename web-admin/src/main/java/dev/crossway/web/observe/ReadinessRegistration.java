package dev.crossway.web.observe;

import dev.crossway.directory.application.DirectoryFreshness;
import dev.crossway.directory.application.SyncFreshness;
import dev.crossway.health.Check;
import dev.crossway.health.ReadinessProbes;
import dev.crossway.responder.application.CacheStatus;
import dev.crossway.web.certificates.CertificateHealth;
import dev.crossway.web.certificates.CertificateInventory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Gives each readiness check of the {@code health} library what it runs, once this module has
 * started (this module sees every EJB module; the library sees none of them).
 */
@ApplicationScoped
public class ReadinessRegistration {

    private static final Logger LOG = Logger.getLogger(ReadinessRegistration.class.getName());

    @Inject
    ReadinessProbes probes;
    @Inject
    CertificateInventory certificates;
    @Inject
    DirectoryFreshness directory;
    @Inject
    CacheStatus caches;
    @Inject
    KeycloakKeys keycloak;
    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    DataSource database;

    void register(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        probes.register(Check.DATABASE, this::database);
        probes.register(Check.KEYCLOAK, () -> keycloak.check(Check.KEYCLOAK.label()));
        probes.register(Check.CERTIFICATES, this::certificates);
        probes.register(Check.DIRECTORY_SYNC, this::directorySync);
        probes.register(Check.CACHES, this::caches);
    }

    private HealthCheckResponse database() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named(Check.DATABASE.label());
        long start = System.nanoTime();
        try (Connection c = database.getConnection()) {
            boolean valid = c.isValid(2);
            return check.status(valid).withData("ms", (System.nanoTime() - start) / 1_000_000).build();
        } catch (SQLException e) {
            // the driver's message names the host; the server log has it
            LOG.warning("database check: " + e.getMessage());
            return check.down().withData("error", "no connection (SQLState " + e.getSQLState() + ")").build();
        }
    }

    private HealthCheckResponse certificates() {
        CertificateHealth health = CertificateHealth.of(certificates);
        HealthCheckResponseBuilder check = HealthCheckResponse.named(Check.CERTIFICATES.label()).status(health.up())
                .withData("certificates", health.certificates());
        health.entries().forEach(check::withData);
        return check.build();
    }

    private HealthCheckResponse directorySync() {
        SyncFreshness f = directory.freshness();
        Instant now = Instant.now();
        HealthCheckResponseBuilder check = HealthCheckResponse.named(Check.DIRECTORY_SYNC.label()).status(!f.stale())
                .withData("scheduled", f.scheduled())
                .withData("max-age", f.maxAge().toString())
                .withData("last-completed", f.lastCompleted().map(Instant::toString).orElse("never"));
        f.age(now).ifPresent(age -> check.withData("age-seconds", age.toSeconds()));
        return check.build();
    }

    private HealthCheckResponse caches() {
        Map<String, Boolean> running = caches.running();
        HealthCheckResponseBuilder check = HealthCheckResponse.named(Check.CACHES.label())
                .status(running.values().stream().allMatch(Boolean::booleanValue));
        running.forEach((cache, up) -> check.withData(cache, up ? "running" : "not running"));
        return check.build();
    }
}
