package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.interop.saml.VerifiedAssertion;
import dev.crossway.interop.saml.WsSecurityVerifier;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.MtomReader;
import dev.crossway.interop.soap.MtomWriter;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.SoapFault;
import dev.crossway.interop.soap.SoapFaultWriter;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.soap.XopParts;
import dev.crossway.interop.xca.AdhocQueryRequest;
import dev.crossway.interop.xca.AdhocQueryRequestWriter;
import dev.crossway.interop.xca.AdhocQueryResponse;
import dev.crossway.interop.xca.AdhocQueryResponseReader;
import dev.crossway.interop.xca.AdhocQueryResponseWriter;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RegistryError;
import dev.crossway.interop.xca.RepositoryUniqueId;
import dev.crossway.interop.xca.ResponseStatus;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveResponseWriter;
import dev.crossway.interop.xca.RetrievedDocument;
import dev.crossway.interop.xcpd.CorrelationTimeToLive;
import dev.crossway.interop.xcpd.Demographics;
import dev.crossway.interop.xcpd.DetectedIssue;
import dev.crossway.interop.xcpd.Gender;
import dev.crossway.interop.xcpd.Hl7Time;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.InstanceId;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import dev.crossway.interop.xcpd.PatientDiscoveryQueryReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse.Outcome;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseWriter;
import dev.crossway.interop.xcpd.PatientDiscoveryResponses;
import dev.crossway.interop.xcpd.PatientMatch;
import dev.crossway.interop.xcpd.PersonName;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.DownstreamEndpoints;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.PatientForm;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.infrastructure.downstream.DownstreamClient;
import dev.crossway.responder.infrastructure.downstream.DownstreamSettings;
import dev.crossway.testsupport.Shared;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import dev.crossway.interop.http.AddressPolicy;
import dev.crossway.interop.http.AllowList;
import dev.crossway.interop.http.HostResolver;
import dev.crossway.interop.http.SoapTransport;
import dev.crossway.interop.tls.ClientTls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Gateway mode against a fake facility (an HTTP server on 127.0.0.1): XCPD forwarded once and then
 * answered from the identity cache, a failing or late facility answered AnswerNotAvailable /
 * ResponderBusy, XCA query and retrieve relayed; every forwarded request's signature checked by
 * the facility against the gateway's certificate with its own URL as audience.
 */
class GatewayForwardingTest {

    static final String HCID = XcpdResponderTest.HCID;
    static final HomeCommunityId HOME = HomeCommunityId.of(HCID);
    static final String AUTHORITY = HCID + ".1";
    static final PatientId FACILITY_PATIENT = new PatientId("FAC-77", Oid.of(AUTHORITY));
    static final byte[] CCD = Shared.bytes("samples/ccda/hl7-c-cda-examples/CCD_1.xml");
    static final SigningCredential GATEWAY = DevCredentials.selfSigned("CN=crossway-gateway.test,O=Crossway Tests",
            Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));

    enum Behaviour { ANSWER, NO_MATCH, SLOW, FAULT, BUSY }

    /** What the facility received: where, how, and the assertion it verified (null if verification failed). */
    record Received(String path, String contentType, VerifiedAssertion assertion, WsAddressing addressing, String rejection) {
    }

    private GatewayFixture f;
    private HttpServer facility;
    private ExecutorService facilityThreads;
    private String base;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour = Behaviour.ANSWER;
    private StoredDocument ccd;
    private AdhocQueryResponse facilityQueryAnswer;

    @BeforeEach
    void start() throws IOException {
        GatewayFixture data = new GatewayFixture();
        data.host(HCID, AUTHORITY);
        data.patientService.register(new PatientForm(HCID, List.of(FACILITY_PATIENT), "Daniel", null, "Evans",
                LocalDate.of(1957, 4, 23), "Male", null, null, null, null, null, null), "test");
        ccd = data.documentService.push(HCID, FACILITY_PATIENT, CCD, "XML", "test").document();
        facilityQueryAnswer = AdhocQueryResponse.success(List.of(DocumentEntries.of(ccd)));

        facilityThreads = Executors.newCachedThreadPool();
        facility = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        facility.setExecutor(facilityThreads);
        facility.createContext("/xcpd", this::xcpd);
        facility.createContext("/query", this::query);
        facility.createContext("/retrieve", this::retrieve);
        facility.start();
        base = "http://127.0.0.1:" + facility.getAddress().getPort();

        f = new GatewayFixture();
        f.downstream = new DownstreamClient(DownstreamSettings.defaults().withTimeouts(Duration.ofMillis(500),
                Duration.ofMillis(500), Duration.ofMillis(500)), () -> GATEWAY, Clock.systemUTC(),
                // the facility is plain HTTP on loopback: allowed as the sandbox allows its own entries
                new SoapTransport(null, DownstreamSettings.CONNECT_TIMEOUT, DownstreamSettings.DEFAULT_MAX_RESPONSE_BYTES,
                        new ClientTls(Optional.empty(), Optional.empty()),
                        new AddressPolicy(AllowList.parse("127.0.0.0/8"), true, HostResolver.SYSTEM)));
        hostAsGateway(base + "/xcpd");
    }

    @AfterEach
    void stop() {
        facility.stop(0);
        facilityThreads.shutdownNow();
    }

    private void hostAsGateway(String xcpdUrl) {
        new CommunityService(f.communities, f.gatewayAudit, f.clock, f.identities).save(new CommunityForm(HCID, "Facility",
                AUTHORITY, "Gateway", List.of(), new DownstreamEndpoints(xcpdUrl, base + "/query", base + "/retrieve"), null), "test");
    }

    // ---- the fake facility ----

    private MtomMessage verified(HttpExchange exchange, byte[] body) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        MtomMessage m = MtomReader.read(contentType, body);
        String url = base + exchange.getRequestURI().getPath();
        VerifiedAssertion assertion = null;
        String rejection = null;
        try {
            assertion = WsSecurityVerifier.verify(m.envelope().document(), TrustAnchors.of(GATEWAY.certificate()), url,
                    Clock.systemUTC(), Duration.ofMinutes(2));
        } catch (RuntimeException e) {
            rejection = e.toString();
        }
        received.add(new Received(exchange.getRequestURI().getPath(), contentType, assertion, m.envelope().addressing(), rejection));
        return m;
    }

    private void xcpd(HttpExchange exchange) throws IOException {
        MtomMessage m = verified(exchange, exchange.getRequestBody().readAllBytes());
        if (misbehave(exchange, m)) {
            return;
        }
        PatientDiscoveryQuery query = PatientDiscoveryQueryReader.read(m.envelope().payload());
        InstanceId id = InstanceId.of(HCID, UUID.randomUUID().toString());
        PatientDiscoveryResponse answer = behaviour == Behaviour.NO_MATCH ? PatientDiscoveryResponses.noMatch(query, id)
                : PatientDiscoveryResponses.matches(query, id, List.of(new PatientMatch(FACILITY_PATIENT,
                List.of(new PatientId("001111111", Oid.of("2.16.840.1.113883.4.1"))),
                new Demographics(List.of(PersonName.of("Evans", "Daniel", "Peter")), Optional.of(Gender.M),
                        Optional.of(Hl7Time.of("19570423")), List.of(dev.crossway.interop.xcpd.Address.of(List.of("809 First Ave"),
                        "Springfield", "MO", "40090", null)), List.of(dev.crossway.interop.xcpd.Telecom.of("tel:+1-920-989-0987"))),
                Optional.of(HOME), Optional.of(97))));
        send(exchange, 200, "application/soap+xml; charset=UTF-8", SoapEnvelope.create(WsAddressing.responseTo(
                m.envelope().addressing(), Hl7v3.ACTION_RESPONSE), PatientDiscoveryResponseWriter.write(answer)).toBytes());
    }

    private void query(HttpExchange exchange) throws IOException {
        MtomMessage m = verified(exchange, exchange.getRequestBody().readAllBytes());
        if (misbehave(exchange, m)) {
            return;
        }
        send(exchange, 200, "application/soap+xml; charset=UTF-8", SoapEnvelope.create(WsAddressing.responseTo(
                m.envelope().addressing(), EbXml.ACTION_QUERY_RESPONSE), AdhocQueryResponseWriter.write(facilityQueryAnswer)).toBytes());
    }

    private void retrieve(HttpExchange exchange) throws IOException {
        MtomMessage m = verified(exchange, exchange.getRequestBody().readAllBytes());
        if (misbehave(exchange, m)) {
            return;
        }
        RetrieveDocumentSetResponse answer = RetrieveDocumentSetResponse.success(List.of(RetrievedDocument.of(HOME,
                RepositoryUniqueId.of(HCID), ccd.uniqueId(), "text/xml", CCD)));
        WsAddressing addressing = WsAddressing.responseTo(m.envelope().addressing(), EbXml.ACTION_RETRIEVE_RESPONSE);
        if (exchange.getRequestHeaders().getFirst("Content-Type").toLowerCase(Locale.ROOT).startsWith("multipart/related")) {
            XopParts parts = new XopParts();
            SoapEnvelope envelope = SoapEnvelope.create(addressing, RetrieveResponseWriter.write(answer, parts));
            MtomWriter.Output out = MtomWriter.write(envelope, parts.parts());
            send(exchange, 200, out.contentType(), out.body());
        } else {
            send(exchange, 200, "application/soap+xml; charset=UTF-8",
                    SoapEnvelope.create(addressing, RetrieveResponseWriter.write(answer)).toBytes());
        }
    }

    private boolean misbehave(HttpExchange exchange, MtomMessage m) throws IOException {
        switch (behaviour) {
            case SLOW -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "text/plain", "late".getBytes(StandardCharsets.US_ASCII));
                return true;
            }
            case FAULT -> {
                send(exchange, 500, "application/soap+xml; charset=UTF-8", SoapEnvelope.create(WsAddressing.responseTo(
                        m.envelope().addressing(), SoapReplies.FAULT_ACTION), SoapFaultWriter.write(
                        SoapFault.receiver("facility database offline"))).toBytes());
                return true;
            }
            case BUSY -> {
                send(exchange, 503, "text/plain", "busy".getBytes(StandardCharsets.US_ASCII));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the gateway gave up (timeout): nothing to do
            }
        }
    }

    // ---- the initiator's side ----

    private GatewayReply askXcpd() {
        return f.post(GatewayEndpoint.XCPD, GatewayFixture.signed(Hl7Edits.receiver(Hl7Edits.nist(), HCID), Hl7v3.ACTION_QUERY,
                GatewayFixture.XCPD_URL));
    }

    private static PatientDiscoveryResponse xcpdResponse(GatewayReply reply) {
        assertThat(reply.httpStatus()).isEqualTo(200);
        return PatientDiscoveryResponseReader.read(GatewayFixture.envelope(reply).payload());
    }

    private AuditRecord lastAudit() {
        return f.audit.get(f.audit.size() - 1);
    }

    private void assertSignedForTheFacility(Received r, String path) {
        assertThat(r.rejection()).as("facility's verification of the forwarded request").isNull();
        assertThat(r.path()).isEqualTo(path);
        assertThat(r.assertion().signer()).isEqualTo(GATEWAY.certificate());
        assertThat(r.assertion().audiences()).containsExactly(base + path);
        assertThat(r.assertion().subjectId()).isEqualTo("Dr. Test Initiator");
        assertThat(r.assertion().organization()).isEqualTo("Partner Health");
        assertThat(r.assertion().organizationId()).isEqualTo("urn:oid:" + GatewayFixture.INITIATOR.oid().value());
        assertThat(r.assertion().homeCommunityId()).isEqualTo(GatewayFixture.INITIATOR);
        assertThat(r.assertion().purposeOfUse().code()).isEqualTo("TREATMENT");
        assertThat(r.assertion().role().code()).isEqualTo("112247003");
        assertThat(r.addressing().to()).contains(base + path);
    }

    // ---- XCPD ----

    @Test
    void aMissIsForwardedOnceAndTheRepeatIsAnsweredFromTheCache() {
        byte[] request = GatewayFixture.signed(Hl7Edits.receiver(Hl7Edits.nist(), HCID), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL);
        GatewayReply first = f.post(GatewayEndpoint.XCPD, request);

        PatientDiscoveryResponse r = xcpdResponse(first);
        assertThat(r.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(r.matches().get(0).patientId()).isEqualTo(FACILITY_PATIENT);
        assertThat(r.matches().get(0).custodian()).contains(HOME);
        assertThat(r.matches().get(0).score()).contains(97);
        assertThat(r.targetMessageId()).isEqualTo(Optional.of(PatientDiscoveryQueryReader.read(
                SoapEnvelope.parse(request).payload()).messageId()));
        SoapEnvelope envelope = GatewayFixture.envelope(first);
        assertThat(envelope.addressing().relatesTo()).isEqualTo(SoapEnvelope.parse(request).addressing().messageId());
        assertThat(CorrelationTimeToLive.read(envelope)).isPresent();
        assertThat(received).hasSize(1);
        assertSignedForTheFacility(received.get(0), "/xcpd");
        assertThat(lastAudit().patient()).isEqualTo(FACILITY_PATIENT.toCx());
        assertThat(lastAudit().outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.SUCCESS);
        assertThat(lastAudit().detail()).contains("downstream");

        PatientDiscoveryResponse again = xcpdResponse(askXcpd());
        assertThat(again.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(again.matches().get(0).patientId()).isEqualTo(FACILITY_PATIENT);
        assertThat(again.matches().get(0).custodian()).contains(HOME);
        assertThat(again.matches().get(0).demographics().names().get(0).given()).containsExactly("Daniel", "Peter");
        for (PatientDiscoveryResponse answer : List.of(r, again)) {
            assertThat(answer.matches().get(0).otherIds()).as("the facility's other ids are not relayed").isEmpty();
            assertThat(answer.matches().get(0).demographics().addresses()).isEmpty();
            assertThat(answer.matches().get(0).demographics().telecoms()).isEmpty();
            assertThat(answer.matches().get(0).demographics().birthTime()).map(t -> t.value()).contains("19570423");
        }
        assertThat(received).as("duplicate network traffic never reaches the facility").hasSize(1);
        assertThat(f.identities.hits).isEqualTo(1);
        assertThat(lastAudit().detail()).contains("identity cache");
    }

    @Test
    void aNoMatchFromTheFacilityIsCachedToo() {
        behaviour = Behaviour.NO_MATCH;
        assertThat(xcpdResponse(askXcpd()).outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(xcpdResponse(askXcpd()).outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(received).hasSize(1);
    }

    @Test
    void aLateFacilityIsAnswerNotAvailableQuicklyAndNothingIsCached() {
        behaviour = Behaviour.SLOW;
        long start = System.nanoTime();
        PatientDiscoveryResponse r = xcpdResponse(askXcpd());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.acknowledgementCode()).isEqualTo("AE");
        assertThat(r.errorCodes()).containsExactly(DetectedIssue.ANSWER_NOT_AVAILABLE);
        assertThat(ms).as("answered after the 500 ms downstream timeout, not the facility's 5 s").isLessThan(3_000);
        assertThat(f.identities.entries).isEmpty();
        assertThat(lastAudit().outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.ERROR);
        assertThat(lastAudit().detail()).contains(DetectedIssue.ANSWER_NOT_AVAILABLE).contains("did not answer within");
        assertThat(new String(GatewayFixture.envelope(askXcpd()).toBytes(), StandardCharsets.UTF_8)).doesNotContain(base);
    }

    @Test
    void aFaultingFacilityIsAnswerNotAvailableAndABusyOneResponderBusy() {
        behaviour = Behaviour.FAULT;
        PatientDiscoveryResponse fault = xcpdResponse(askXcpd());
        assertThat(fault.errorCodes()).containsExactly(DetectedIssue.ANSWER_NOT_AVAILABLE);
        assertThat(lastAudit().detail()).contains("SOAP fault").contains("facility database offline");

        behaviour = Behaviour.BUSY;
        PatientDiscoveryResponse busy = xcpdResponse(askXcpd());
        assertThat(busy.errorCodes()).containsExactly(DetectedIssue.RESPONDER_BUSY);
        assertThat(f.identities.entries).isEmpty();
        assertThat(received).hasSize(2);
    }

    @Test
    void anUnreachableFacilityIsAnswerNotAvailable() {
        facility.stop(0);
        PatientDiscoveryResponse r = xcpdResponse(askXcpd());
        assertThat(r.errorCodes()).containsExactly(DetectedIssue.ANSWER_NOT_AVAILABLE);
    }

    @Test
    void aChangedDownstreamInvalidatesTheCommunitysCacheEntries() {
        assertThat(xcpdResponse(askXcpd()).outcome()).isEqualTo(Outcome.MATCH);
        assertThat(f.identities.entries).hasSize(1);
        hostAsGateway(base + "/xcpd"); // saved unchanged: the cache stays
        assertThat(f.identities.entries).hasSize(1);
        hostAsGateway(base + "/xcpd?moved=1");
        assertThat(f.identities.entries).isEmpty();
        assertThat(lastAudit().detail()).contains("identity cache invalidated");
        assertThat(xcpdResponse(askXcpd()).outcome()).isEqualTo(Outcome.MATCH);
        assertThat(received).hasSize(2);
    }

    @Test
    void withoutADownstreamClientTheGatewayModeStillAnswersAnswerNotAvailable() {
        f.downstream = null;
        assertThat(xcpdResponse(askXcpd()).errorCodes()).containsExactly(DetectedIssue.ANSWER_NOT_AVAILABLE);
        assertThat(received).isEmpty();
    }

    // ---- XCA ----

    private AdhocQueryResponse query() {
        f.correlate(HCID, FACILITY_PATIENT);
        GatewayReply reply = f.post(GatewayEndpoint.XCA_QUERY, GatewayFixture.signed(AdhocQueryRequestWriter.write(
                AdhocQueryRequest.findDocuments(FACILITY_PATIENT, HOME)), EbXml.ACTION_QUERY, GatewayFixture.QUERY_URL));
        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(GatewayFixture.envelope(reply).addressing().action()).contains(EbXml.ACTION_QUERY_RESPONSE);
        return AdhocQueryResponseReader.read(GatewayFixture.envelope(reply).payload());
    }

    @Test
    void anXcaQueryIsRelayedAsTheFacilityAnsweredIt() {
        AdhocQueryResponse r = query();
        assertThat(r).isEqualTo(facilityQueryAnswer);
        assertThat(r.documents().get(0).uniqueId()).isEqualTo(ccd.uniqueId());
        assertThat(received).hasSize(1);
        assertSignedForTheFacility(received.get(0), "/query");
        assertThat(lastAudit().transaction()).isEqualTo(Transaction.ITI_38);
        assertThat(lastAudit().documents()).containsExactly(ccd.uniqueId().value());
        assertThat(lastAudit().patient()).isEqualTo(FACILITY_PATIENT.toCx());
        assertThat(lastAudit().communityHcid()).isEqualTo(HCID);
    }

    @Test
    void aFailingFacilityIsARegistryErrorLocatedAtTheCommunity() {
        behaviour = Behaviour.FAULT;
        AdhocQueryResponse r = query();
        assertThat(r.status()).isEqualTo(ResponseStatus.FAILURE);
        assertThat(r.errors()).extracting(RegistryError::errorCode).containsExactly(RegistryError.REGISTRY_ERROR);
        assertThat(r.errors().get(0).location()).contains(HOME.urn());
        assertThat(lastAudit().outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.ERROR);
    }

    private RetrieveDocumentSetResponse retrieve(boolean mtom) {
        return f.retrieve(mtom, DocumentRequest.of(HOME, RepositoryUniqueId.of(HCID), ccd.uniqueId()));
    }

    @Test
    void anInlineRetrieveIsRelayedWithTheExactBytes() {
        RetrieveDocumentSetResponse r = retrieve(false);
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.documents().get(0).content()).isEqualTo(CCD);
        assertThat(r.documents().get(0).documentUniqueId()).isEqualTo(ccd.uniqueId());
        assertThat(received).hasSize(1);
        assertSignedForTheFacility(received.get(0), "/retrieve");
        assertThat(received.get(0).contentType()).startsWith("application/soap+xml");
        assertThat(lastAudit().transaction()).isEqualTo(Transaction.ITI_39);
        assertThat(lastAudit().documents()).containsExactly(ccd.uniqueId().value());
        assertThat(lastAudit().outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.SUCCESS);
    }

    @Test
    void anMtomRetrieveIsForwardedAndAnsweredInMtom() {
        RetrieveDocumentSetResponse r = retrieve(true);
        assertThat(r.documents().get(0).content()).isEqualTo(CCD);
        assertThat(received.get(0).contentType()).startsWith("multipart/related");
        assertSignedForTheFacility(received.get(0), "/retrieve");
    }

    @Test
    void aLateFacilityIsARepositoryErrorPerDocument() {
        behaviour = Behaviour.SLOW;
        RetrieveDocumentSetResponse r = retrieve(false);
        assertThat(r.status()).isEqualTo(ResponseStatus.FAILURE);
        assertThat(r.errors()).extracting(RegistryError::errorCode).containsExactly(RegistryError.REPOSITORY_ERROR);
        assertThat(r.errors().get(0).location()).contains(HOME.urn());
        assertThat(lastAudit().outcome()).isEqualTo(dev.crossway.responder.domain.audit.Outcome.ERROR);
    }
}
