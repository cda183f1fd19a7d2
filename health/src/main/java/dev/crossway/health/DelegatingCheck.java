package dev.crossway.health;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** A readiness check that answers with what was registered for its name. */
abstract class DelegatingCheck implements HealthCheck {

    private final Check check;
    @Inject
    ReadinessProbes probes;

    DelegatingCheck(Check check) {
        this.check = check;
    }

    @Override
    public HealthCheckResponse call() {
        return probes.call(check);
    }
}
