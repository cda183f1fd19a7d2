package dev.crossway.responder.application.internal;

import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.identity.Correlations;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.matching.MatchPolicy;
import dev.crossway.responder.domain.patient.PatientRepository;
import dev.crossway.responder.domain.trust.ReplayCache;
import dev.crossway.responder.infrastructure.downstream.DownstreamClient;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Assembles the gateway pipeline from its ports: in the container from JPA and Infinispan, in tests from fakes. */
final class GatewayPipelines {

    private GatewayPipelines() {
    }

    /** What decides whether a request is believed and admitted, beside the trust anchors. */
    record Trust(InboundTrustSettings settings, ReplayCache replays, InitiatorRateLimit rates, Correlations correlations) {
    }

    /** Null {@code downstream}: gateway-mode communities then answer AnswerNotAvailable / registry errors. */
    static GatewayPipeline create(ResponderSettings settings, Clock clock, CommunityRepository communities,
                                  PatientRepository patients, DocumentRepository documents, Consumer<AuditRecord> audit,
                                  IdentityStore identities, Supplier<TrustAnchors> anchors, Trust trust,
                                  DownstreamClient downstream) {
        GatewayAudit gatewayAudit = new GatewayAudit(audit, clock);
        PatientIndex index = new PatientIndex(patients, MatchPolicy.DEFAULT);
        return new GatewayPipeline(settings, new SecurityGate(anchors, trust.settings(), trust.replays(), clock), trust.rates(),
                gatewayAudit,
                new XcpdResponder(communities, index, identities, trust.correlations(), gatewayAudit, settings, downstream),
                new XcaQueryResponder(communities, patients, documents, trust.correlations(), gatewayAudit, downstream,
                        settings.limits()),
                new XcaRetrieveResponder(communities, patients, documents, gatewayAudit, downstream, settings.limits()));
    }
}
