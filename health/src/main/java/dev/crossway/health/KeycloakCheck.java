package dev.crossway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: {@link Check#KEYCLOAK}. */
@Readiness
@ApplicationScoped
public class KeycloakCheck extends DelegatingCheck {

    public KeycloakCheck() {
        super(Check.KEYCLOAK);
    }
}
