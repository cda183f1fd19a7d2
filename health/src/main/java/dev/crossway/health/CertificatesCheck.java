package dev.crossway.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: {@link Check#CERTIFICATES}. */
@Readiness
@ApplicationScoped
public class CertificatesCheck extends DelegatingCheck {

    public CertificatesCheck() {
        super(Check.CERTIFICATES);
    }
}
