package dev.crossway.responder.application.internal;

import dev.crossway.responder.domain.identity.Correlations;
import dev.crossway.responder.domain.trust.ReplayCache;
import dev.crossway.interop.saml.WsSecurityVerifier;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * This node's one copy of what decides whether a gateway request is believed and admitted: the
 * inbound trust settings, the replay cache and the per-initiator token buckets (pooled responder
 * beans share it, so the buckets count every request of the node). Read when the application
 * starts, so a missing or malformed setting stops the deployment with a message naming it.
 */
@ApplicationScoped
public class GatewayTrust {

    private static final Logger LOG = Logger.getLogger(GatewayTrust.class.getName());

    @Inject
    ReplayCache replays;
    @Inject
    Correlations correlations;

    private GatewayPipelines.Trust trust;

    @PostConstruct
    void read() {
        InboundTrustSettings settings = InboundTrustSettings.fromEnvironment();
        trust = new GatewayPipelines.Trust(settings, replays, InitiatorRateLimit.fromEnvironment(), correlations);
        LOG.info("responding gateway: SAML audiences are " + settings.publicUrls() + " with the endpoint paths; assertions "
                + "valid for at most " + settings.maxAssertionLifetime() + ", timestamps for " + settings.maxTimestampLifetime()
                + "; signature values checked with " + WsSecurityVerifier.rsaProvider());
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        trust();
    }

    GatewayPipelines.Trust trust() {
        return trust;
    }
}
