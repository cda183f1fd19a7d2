package dev.crossway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: {@link Check#DIRECTORY_SYNC}. */
@Readiness
@ApplicationScoped
public class DirectorySyncCheck extends DelegatingCheck {

    public DirectorySyncCheck() {
        super(Check.DIRECTORY_SYNC);
    }
}
