package dev.crossway.it.responder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.soap.MtomReader;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.MtomWriter;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xca.AdhocQueryRequest;
import dev.crossway.interop.xca.AdhocQueryRequestWriter;
import dev.crossway.interop.xca.AdhocQueryResponse;
import dev.crossway.interop.xca.AdhocQueryResponseReader;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RepositoryUniqueId;
import dev.crossway.interop.xca.ResponseStatus;
import dev.crossway.interop.xca.RetrieveDocumentSetRequest;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveRequestWriter;
import dev.crossway.interop.xca.RetrieveResponseReader;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The responding gateway over real HTTP, with requests signed as a Carequality partner signs
 * them: the NIST XCPD request answered from the patient index, XCA query and retrieve from the
 * document store, every security defect and XML attack answered with a fault.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponderGatewayIT {

    /** The NIST sample's receiving community and the assigning authority of its patient id 801. */
    static final String COMMUNITY = Hosted.NIST_COMMUNITY;
    static final String AUTHORITY = Hosted.NIST_AUTHORITY;
    static final PatientId DANIEL = new PatientId("801", Oid.of(AUTHORITY));
    static String documentId;
    static byte[] documentBytes;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void hostTheNistPatient() throws IOException {
        Hosted.nistPatient();
        documentId = Hosted.document(COMMUNITY, "801", AUTHORITY, "samples/ccda/hl7-c-cda-examples/CCD_1.xml");
        documentBytes = Files.readAllBytes(Servers.shared().resolve("samples/ccda/hl7-c-cda-examples/CCD_1.xml"));
        Gateway.trusted();
        // XCA is answered for the patient ids an XCPD answer gave this initiator
        assertThat(xcpd(nistQuery()).matches()).extracting(m -> m.patientId()).contains(DANIEL);
    }

    static Element nistQuery() throws IOException {
        byte[] xml = Files.readAllBytes(Servers.shared().resolve("samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml"));
        return SecureXml.parse(xml).getDocumentElement();
    }

    static PatientDiscoveryResponse xcpd(Element query) {
        Gateway.Reply reply = Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, query));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return PatientDiscoveryResponseReader.read(SoapEnvelope.parse(reply.body()).payload());
    }

    @Test
    void theNistRequestFindsItsPatient() throws IOException {
        PatientDiscoveryResponse response = xcpd(nistQuery());
        assertThat(response.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(response.matches().get(0).patientId()).isEqualTo(DANIEL);
        assertThat(response.matches().get(0).custodian()).contains(HomeCommunityId.of(COMMUNITY));
    }

    /**
     * The portal's login is not the gateway's: a peer is known by its client certificate and its signed
     * messages, so an Authorization header on a gateway request, a forged bearer token here, is neither
     * evaluated nor able to turn the request away (authentication runs only where web.xml requires it).
     */
    @Test
    void aBearerTokenOnAGatewayRequestIsNotTheServersConcern() throws Exception {
        byte[] signed = Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, nistQuery());
        Gateway.Reply reply = Gateway.post(Gateway.XCPD, signed, "application/soap+xml; charset=UTF-8",
                Map.of("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwZWVyIn0.forged"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        PatientDiscoveryResponse response = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(reply.body()).payload());
        assertThat(response.matches()).extracting(m -> m.patientId()).containsExactly(DANIEL);
    }

    @Test
    void demographicsWithoutTheSubjectIdStillMatch() throws IOException {
        Element query = nistQuery();
        removeAll(query, "livingSubjectId");
        assertThat(xcpd(query).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
    }

    @Test
    void aStrangerIsNotFound() throws IOException {
        Element query = nistQuery();
        removeAll(query, "livingSubjectId");
        setAll(query, "family", "Quixotebottom");
        setAll(query, "given", "Zebulon");
        assertThat(xcpd(query).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.NO_MATCH);
    }

    @Test
    void anUnknownCommunityIsAnError() throws IOException {
        Element query = nistQuery();
        Element receiver = (Element) query.getElementsByTagNameNS(Hl7v3.NS, "receiver").item(0);
        Element org = (Element) receiver.getElementsByTagNameNS(Hl7v3.NS, "representedOrganization").item(0);
        ((Element) org.getElementsByTagNameNS(Hl7v3.NS, "id").item(0)).setAttribute("root", "1.2.3.4.5.6.7.8.9");
        PatientDiscoveryResponse response = xcpd(query);
        assertThat(response.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.ERROR);
        assertThat(response.acknowledgementCode()).isEqualTo("AE");
    }

    @Test
    void theDeferredModeIsRefusedWithNs250() throws IOException {
        byte[] xml = Files.readAllBytes(Servers.shared().resolve("samples/ihe/oehf-ipf/iti55-sample-request-deferred.xml"));
        Element deferred = SecureXml.parse(xml).getDocumentElement();
        Gateway.Reply reply = Gateway.post(Gateway.XCPD,
                Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_DEFERRED_QUERY, deferred));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.text()).contains("MCCI_IN000002UV01").contains("NS250");
    }

    @Test
    void everySecurityDefectIsAFault() throws IOException {
        Element query = nistQuery();
        Clock now = Clock.systemUTC();
        var spec = Gateway.assertion(Gateway.XCPD);
        // unsigned: no WS-Security header at all
        SoapEnvelope bare = SoapEnvelope.create(WsAddressing.request(Hl7v3.ACTION_QUERY, Gateway.url(Gateway.XCPD).toString()), query);
        assertFault(Gateway.post(Gateway.XCPD, bare.toBytes()));
        // expired: signed two hours ago with a five-minute validity
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        assertFault(Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, nistQuery(),
                Gateway.trusted(), spec.build(), past)));
        // wrong audience
        assertFault(Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, nistQuery(),
                Gateway.trusted(), spec.audience("https://elsewhere.example.org/xcpd").build(), now)));
        // untrusted signer
        SigningCredential rogue = DevCredentials.selfSigned("CN=rogue", Instant.now().minusSeconds(60), Duration.ofDays(1));
        assertFault(Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, nistQuery(), rogue,
                spec.build(), now)));
        // an attribute altered after signing
        String signed = new String(Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, nistQuery()), StandardCharsets.UTF_8);
        assertThat(signed).contains("Dr. Test Initiator");
        assertFault(Gateway.post(Gateway.XCPD, signed.replace("Dr. Test Initiator", "Dr. Mallory").getBytes(StandardCharsets.UTF_8)));
        // a request still works afterwards
        assertThat(xcpd(nistQuery()).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
    }

    @Test
    void xmlAttacksAreFaultsAndTheServerIsUnharmed() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><x>&e;</x></env:Body></env:Envelope>";
        Gateway.Reply r = Gateway.post(Gateway.XCPD, xxe.getBytes(StandardCharsets.UTF_8));
        assertFault(r);
        assertThat(r.text()).doesNotContain("root:x:0:0");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                + "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><l>&d;&d;&d;&d;</l></env:Body></env:Envelope>";
        assertFault(Gateway.post(Gateway.XCPD, laughs.getBytes(StandardCharsets.UTF_8)));
        byte[] huge = new byte[60 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Gateway.Reply tooLarge = Gateway.post(Gateway.XCPD, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text()).contains("Fault");
        assertFault(Gateway.post(Gateway.XCPD, "this is not XML at all".getBytes(StandardCharsets.UTF_8)));
        // nesting: refused while parsing past 128 elements, on the server's JDK as on any other
        // (JDK 25 alone would stop at 100: a 128-deep message must get past the parser)
        Gateway.Reply deepest = Gateway.post(Gateway.XCPD, nestedEnvelope(SecureXml.DEFAULT_MAX_DEPTH));
        assertFault(deepest);
        assertThat(deepest.text()).contains("the WS-Addressing Action header is missing").doesNotContain("nesting");
        Gateway.Reply tooDeep = Gateway.post(Gateway.XCPD, nestedEnvelope(SecureXml.DEFAULT_MAX_DEPTH + 1));
        assertFault(tooDeep);
        assertThat(tooDeep.text()).contains("XML nesting deeper than 128 elements");
        String soap11 = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><x/></s:Body></s:Envelope>";
        assertFault(Gateway.post(Gateway.XCPD, soap11.getBytes(StandardCharsets.UTF_8), "text/xml"));
        assertThat(xcpd(nistQuery()).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
    }

    /** A SOAP 1.2 envelope whose deepest element is at {@code depth} (the envelope itself at 1, its body at 2). */
    static byte[] nestedEnvelope(int depth) {
        int inner = depth - 2;
        return ("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>" + "<d>".repeat(inner)
                + "</d>".repeat(inner) + "</env:Body></env:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    static AdhocQueryResponse findDocuments(PatientId patient, String home, boolean withHome) {
        Element payload = AdhocQueryRequestWriter.write(AdhocQueryRequest.findDocuments(patient, HomeCommunityId.of(home)));
        if (!withHome) {
            NodeList queries = payload.getElementsByTagNameNS(EbXml.RIM, "AdhocQuery");
            ((Element) queries.item(0)).removeAttribute("home");
        }
        Gateway.Reply reply = Gateway.post(Gateway.XCA_QUERY, Gateway.signed(Gateway.XCA_QUERY,
                "urn:ihe:iti:2007:CrossGatewayQuery", payload));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return AdhocQueryResponseReader.read(SoapEnvelope.parse(reply.body()).payload());
    }

    @Test
    void findDocumentsReturnsThePushedDocumentWithItsHome() {
        AdhocQueryResponse response = findDocuments(DANIEL, COMMUNITY, true);
        assertThat(response.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(response.documents()).anySatisfy(d -> {
            assertThat(d.uniqueId().value()).isEqualTo(documentId);
            assertThat(d.home()).contains(HomeCommunityId.of(COMMUNITY));
            assertThat(d.mimeType()).isEqualTo("text/xml");
        });
    }

    @Test
    void xcaQueryErrorsNameTheProblem() {
        assertThat(findDocuments(new PatientId("nobody", Oid.of(AUTHORITY)), COMMUNITY, true).errors())
                .anySatisfy(e -> assertThat(e.errorCode()).isEqualTo("XDSUnknownPatientId"));
        assertThat(findDocuments(DANIEL, "1.2.3.4.5.6.7.8.9", true).errors())
                .anySatisfy(e -> assertThat(e.errorCode()).isEqualTo("XDSUnknownCommunity"));
        assertThat(findDocuments(DANIEL, COMMUNITY, false).errors())
                .anySatisfy(e -> assertThat(e.errorCode()).isEqualTo("XDSMissingHomeCommunityId"));
    }

    static Element retrieveRequest(String repository, String document) {
        return RetrieveRequestWriter.write(new RetrieveDocumentSetRequest(List.of(new DocumentRequest(
                Optional.of(HomeCommunityId.of(COMMUNITY)), new RepositoryUniqueId(repository), new DocumentUniqueId(document)))));
    }

    static String repositoryOfDocument() {
        return findDocuments(DANIEL, COMMUNITY, true).documents().stream()
                .filter(d -> d.uniqueId().value().equals(documentId)).findFirst().orElseThrow()
                .slots().repositoryUniqueId().orElseThrow().value();
    }

    @Test
    void retrieveReturnsTheExactBytesInlineAndOverMtom() {
        String repository = repositoryOfDocument();
        byte[] plain = Gateway.signed(Gateway.XCA_RETRIEVE, "urn:ihe:iti:2007:CrossGatewayRetrieve",
                retrieveRequest(repository, documentId));
        Gateway.Reply inline = Gateway.post(Gateway.XCA_RETRIEVE, plain);
        assertThat(inline.status()).as(inline.text()).isEqualTo(200);
        RetrieveDocumentSetResponse r = RetrieveResponseReader.read(SoapEnvelope.parse(inline.body()).payload());
        assertThat(r.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(r.documents().get(0).content()).isEqualTo(documentBytes);

        // a fresh signature: the responder accepts each security header once
        SoapEnvelope envelope = SoapEnvelope.parse(Gateway.signed(Gateway.XCA_RETRIEVE, "urn:ihe:iti:2007:CrossGatewayRetrieve",
                retrieveRequest(repository, documentId)));
        MtomWriter.Output mtom = MtomWriter.write(envelope, List.of());
        Gateway.Reply multipart = Gateway.post(Gateway.XCA_RETRIEVE, mtom.body(), mtom.contentType());
        assertThat(multipart.status()).as(multipart.text()).isEqualTo(200);
        assertThat(multipart.contentType()).startsWith("multipart/related");
        MtomMessage message = MtomReader.read(multipart.contentType(), multipart.body());
        RetrieveDocumentSetResponse viaMtom = RetrieveResponseReader.read(message.envelope().payload(), message.resolver());
        assertThat(viaMtom.documents().get(0).content()).isEqualTo(documentBytes);
    }

    @Test
    void anUnknownDocumentIsNamed() {
        Gateway.Reply reply = Gateway.post(Gateway.XCA_RETRIEVE, Gateway.signed(Gateway.XCA_RETRIEVE,
                "urn:ihe:iti:2007:CrossGatewayRetrieve", retrieveRequest(repositoryOfDocument(), "1.2.3.999.999")));
        RetrieveDocumentSetResponse r = RetrieveResponseReader.read(SoapEnvelope.parse(reply.body()).payload());
        assertThat(r.status()).isEqualTo(ResponseStatus.FAILURE);
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.errorCode()).isEqualTo("XDSDocumentUniqueIdError"));
    }

    @Test
    void everyDisclosureIsAccountedFor() {
        retrieveReturnsTheExactBytesInlineAndOverMtom();
        Api.Reply r = Api.get("admin/audit/disclosures?community=" + COMMUNITY + "&patient=801&authority=" + AUTHORITY,
                Tokens.admin());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode retrieves = r.json();
        assertThat(retrieves.toString()).contains("ITI-39").contains(documentId).contains(Gateway.INITIATOR.oid().value());
        assertThat(Api.get("admin/audit?transaction=ITI-55", Tokens.partner()).status()).isEqualTo(403);
    }

    @Test
    void trustAnchorsAreListedWithTheirKindAndStateAndAPinnedUploadStaysPinned() throws IOException {
        SigningCredential partner = DevCredentials.selfSigned("CN=pinned-partner,O=Crossway Tests", java.time.Instant.now()
                .minusSeconds(60), java.time.Duration.ofDays(10));
        Api.Reply added = Api.post("admin/trust-anchors?label=pinned-partner&kind=PINNED", Tokens.admin(),
                partner.certificatesPem(), "text/plain");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = Api.JSON.readTree(added.body()).get("ID").asText();
        try {
            Api.Reply list = Api.get("admin/trust-anchors", Tokens.admin());
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            JsonNode anchors = Api.JSON.readTree(list.body());
            anchors.forEach(a -> assertThat(a.get("State").asText()).isIn("valid", "expiring", "expired"));
            JsonNode mine = java.util.stream.StreamSupport.stream(anchors.spliterator(), false)
                    .filter(a -> a.get("ID").asText().equals(id)).findFirst().orElseThrow();
            // a self-signed CA certificate, pinned on request: it vouches for itself only
            assertThat(mine.get("Kind").asText()).isEqualTo("PINNED");
            assertThat(mine.get("AllowSha1").asBoolean()).isFalse();
            assertThat(mine.get("State").asText()).isEqualTo("expiring");
            assertThat(mine.get("NotAfter").asText()).isNotBlank();
            Api.Reply typo = Api.post("admin/trust-anchors?kind=ROOT", Tokens.admin(), partner.certificatesPem(), "text/plain");
            assertThat(typo.status()).as(typo.body()).isEqualTo(400);
            assertThat(typo.body()).contains("kind");
        } finally {
            Api.send(java.net.http.HttpRequest.newBuilder(Api.uri("admin/trust-anchors/" + id)).DELETE(), Tokens.admin());
        }
    }

    static void assertFault(Gateway.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isBetween(400, 599);
        assertThat(reply.contentType()).contains("soap+xml");
        assertThat(reply.text()).contains("Fault").doesNotContain("Exception").doesNotContain("at dev.crossway");
    }

    static void removeAll(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS(Hl7v3.NS, localName);
        for (int i = nodes.getLength() - 1; i >= 0; i--) {
            nodes.item(i).getParentNode().removeChild(nodes.item(i));
        }
    }

    static void setAll(Element root, String localName, String text) {
        NodeList nodes = root.getElementsByTagNameNS(Hl7v3.NS, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            nodes.item(i).setTextContent(text);
        }
    }
}
