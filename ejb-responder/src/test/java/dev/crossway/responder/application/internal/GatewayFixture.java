package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.soap.MtomWriter;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RetrieveDocumentSetRequest;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveRequestWriter;
import dev.crossway.interop.xca.RetrieveResponseReader;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.interop.saml.WsSecurity;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.MtomReader;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.SoapFault;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.GatewayRequest;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.support.InMemoryCommunities;
import dev.crossway.responder.support.InMemoryDocuments;
import dev.crossway.responder.support.InMemoryPatients;
import dev.crossway.responder.infrastructure.downstream.DownstreamClient;
import dev.crossway.responder.support.MapIdentityStore;
import dev.crossway.responder.support.MapCorrelations;
import dev.crossway.responder.support.MapReplayCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * A responder wired to in-memory repositories, and signed requests to it built the way a real
 * initiating gateway does (WS-Addressing, a signed holder-of-key assertion and timestamp).
 */
final class GatewayFixture {

    static final String BASE = "https://responder.test/gateway";
    static final String XCPD_URL = BASE + "/xcpd";
    static final String QUERY_URL = BASE + "/xca/query";
    static final String RETRIEVE_URL = BASE + "/xca/retrieve";
    static final HomeCommunityId INITIATOR = HomeCommunityId.of("2.16.840.1.113883.3.8888");

    static final SigningCredential CA = DevCredentials.selfSigned("CN=Test Network CA,O=Crossway Tests",
            Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));
    static final SigningCredential PARTNER = DevCredentials.issuedBy(CA, "CN=partner.test,O=Partner",
            Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));
    static final SigningCredential ROGUE = DevCredentials.selfSigned("CN=partner.test,O=Mallory",
            Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));

    final InMemoryCommunities communities = new InMemoryCommunities();
    final InMemoryPatients patients = new InMemoryPatients();
    final InMemoryDocuments documents = new InMemoryDocuments();
    final MapIdentityStore identities = new MapIdentityStore();
    final List<AuditRecord> audit = new ArrayList<>();
    final Clock clock = Clock.systemUTC();
    final GatewayAudit gatewayAudit = new GatewayAudit(audit::add, clock);
    final PatientService patientService = new PatientService(communities, patients, documents, identities, gatewayAudit, clock,
            AfterCommit.NOW);
    final DocumentService documentService = new DocumentService(patientService, patients, documents, gatewayAudit, clock);
    final StoreService store = new StoreService(patientService, documentService, documents, gatewayAudit, clock);
    ResponderSettings settings = ResponderSettings.defaults();
    /** This responder's public URL is {@link #BASE}'s origin. */
    InboundTrustSettings trust = InboundTrustSettings.of("https://responder.test");
    final MapReplayCache replays = new MapReplayCache();
    final MapCorrelations correlations = new MapCorrelations();
    InitiatorRateLimit rates = InitiatorRateLimit.unlimited();
    TrustAnchors anchors = TrustAnchors.of(CA.certificate());
    /** Forwards gateway-mode communities' requests; null: not configured. */
    DownstreamClient downstream;

    GatewayPipeline pipeline() {
        return GatewayPipelines.create(settings, clock, communities, patients, documents, audit::add, identities, () -> anchors,
                new GatewayPipelines.Trust(trust, replays, rates, correlations), downstream);
    }

    /** As if an XCPD answer of this responder had given {@code patient} of {@code community} to {@link #INITIATOR}. */
    void correlate(String community, dev.crossway.interop.id.PatientId patient) {
        correlations.disclosed(INITIATOR.oid().value(), community, patient.toCx(), settings.cacheTtl());
    }

    void host(String hcid, String authority, String... purposes) {
        new CommunityService(communities, gatewayAudit, clock).save(new CommunityForm(hcid, "Community " + hcid, authority,
                "Stored", List.of(purposes), null, null), "test");
    }

    static AssertionSpec.Builder spec(String audience) {
        return AssertionSpec.builder()
                .subjectId("Dr. Test Initiator")
                .organization("Partner Health")
                .organizationId("urn:oid:" + INITIATOR.oid().value())
                .homeCommunityId(INITIATOR)
                .role(CodedValue.role("112247003", "Medical doctor"))
                .purposeOfUse(CodedValue.treatment())
                .audience(audience);
    }

    /** A signed SOAP 1.2 request carrying {@code payload}. */
    static byte[] signed(Element payload, String action, String url, AssertionSpec spec, SigningCredential signer, Clock clock) {
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(action, url), payload);
        WsSecurity.secure(envelope.document(), signer, spec, clock);
        return envelope.toBytes();
    }

    /** A request carrying an assertion issued before, under a fresh timestamp signed by its holder. */
    static byte[] reusing(org.w3c.dom.Document assertion, Element payload, String action, String url, SigningCredential holder,
                          Clock clock) {
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(action, url), payload);
        WsSecurity.secureReusing(envelope.document(), assertion, holder, clock);
        return envelope.toBytes();
    }

    static byte[] signed(Element payload, String action, String url) {
        return signed(payload, action, url, spec(url).build(), PARTNER, Clock.systemUTC());
    }

    GatewayReply post(GatewayEndpoint endpoint, byte[] body, String contentType) {
        return pipeline().handle(endpoint, new GatewayRequest(body, contentType, "192.0.2.10"));
    }

    /** As the servlet passes it after a mutual TLS handshake: with the verified client certificate's subject. */
    GatewayReply postOverMutualTls(GatewayEndpoint endpoint, byte[] body, String clientCertificate) {
        return pipeline().handle(endpoint, new GatewayRequest(body, "application/soap+xml; charset=UTF-8", "192.0.2.10",
                clientCertificate));
    }

    GatewayReply post(GatewayEndpoint endpoint, byte[] body) {
        return post(endpoint, body, "application/soap+xml; charset=UTF-8");
    }

    /** A signed ITI-39 for {@code requests}, inline or MTOM; the answer, read back (HTTP 200 and the content type checked). */
    RetrieveDocumentSetResponse retrieve(boolean mtom, DocumentRequest... requests) {
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(EbXml.ACTION_RETRIEVE, RETRIEVE_URL),
                RetrieveRequestWriter.write(new RetrieveDocumentSetRequest(List.of(requests))));
        WsSecurity.secure(envelope.document(), PARTNER, spec(RETRIEVE_URL).build(),
                Clock.systemUTC());
        GatewayReply reply;
        if (mtom) {
            MtomWriter.Output out = MtomWriter.write(envelope, List.of());
            reply = post(GatewayEndpoint.XCA_RETRIEVE, out.body(), out.contentType());
            assertThat(reply.contentType()).startsWith("multipart/related");
        } else {
            reply = post(GatewayEndpoint.XCA_RETRIEVE, envelope.toBytes());
            assertThat(reply.contentType()).startsWith("application/soap+xml");
        }
        assertThat(reply.httpStatus()).isEqualTo(200);
        MtomMessage m = MtomReader.read(reply.contentType(), reply.body());
        return RetrieveResponseReader.read(m.envelope().payload(), m.resolver());
    }

    static SoapEnvelope envelope(GatewayReply reply) {
        MtomMessage m = MtomReader.read(reply.contentType(), reply.body());
        return m.envelope();
    }

    static SoapFault fault(GatewayReply reply) {
        return envelope(reply).fault().orElseThrow(() -> new AssertionError("not a fault: "
                + new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    static Optional<String> relatesTo(GatewayReply reply) {
        return envelope(reply).addressing().relatesTo();
    }
}
