package dev.crossway.health;

import dev.crossway.interop.config.Setting;
import dev.crossway.interop.Version;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The application is deployed: always UP, with the version and the node's name, in both the
 * liveness and the readiness answer. Liveness stays this cheap on purpose: a database or Keycloak
 * outage must take a node out of the balancer (readiness), never get it restarted.
 */
@Liveness
@Readiness
@ApplicationScoped
public class CrosswayCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("crossway").up()
                .withData("version", Version.current())
                .withData("node", Setting.value("jboss.node.name", "unknown"))
                .build();
    }
}
