package dev.crossway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: {@link Check#DATABASE}. */
@Readiness
@ApplicationScoped
public class DatabaseCheck extends DelegatingCheck {

    public DatabaseCheck() {
        super(Check.DATABASE);
    }
}
