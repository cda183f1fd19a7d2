package dev.crossway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: {@link Check#CACHES}. */
@Readiness
@ApplicationScoped
public class CachesCheck extends DelegatingCheck {

    public CachesCheck() {
        super(Check.CACHES);
    }
}
