package dev.crossway.it.responder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.MtomReader;
import dev.crossway.interop.soap.MtomWriter;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.xca.DocumentRequest;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RegistryError;
import dev.crossway.interop.xca.RepositoryUniqueId;
import dev.crossway.interop.xca.ResponseStatus;
import dev.crossway.interop.xca.RetrieveDocumentSetRequest;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveRequestWriter;
import dev.crossway.interop.xca.RetrieveResponseReader;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Tokens;
import dev.crossway.testsupport.TestMariaDb;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * What a peer gateway may not take from a hosted community (issue 9, inbound trust), over real
 * HTTP with freshly signed requests: a known patient id with someone else's demographics discloses
 * nothing, one retrieve cannot ask for a thousand documents, and no community can be set up that
 * refuses Treatment. Each refusal or limit is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureIT {

    static final String COMMUNITY = "2.16.840.1.113883.3.72.6.9";
    static final String AUTHORITY = "1.2.3.4.5.1009";
    static final PatientId LOU = new PatientId("LG-7", Oid.of(AUTHORITY));
    static String documentId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void hostLouGrant() throws IOException {
        Hosted.community(COMMUNITY, "Inbound Trust Community", AUTHORITY, "\"TREATMENT\"");
        Hosted.louGrant(COMMUNITY, "LG-7", AUTHORITY);
        documentId = Hosted.document(COMMUNITY, "LG-7", AUTHORITY, "samples/ccda/hl7-c-cda-examples/Consult_Closing_Referral.xml");
        Gateway.trusted();
    }

    /** The NIST query sent to this community, naming LG-7 and the given family name and birth time, no address or phone. */
    static Element queryForLou(String family, String birthTime) throws IOException {
        Element query = ResponderGatewayIT.nistQuery();
        Element receiver = (Element) query.getElementsByTagNameNS(Hl7v3.NS, "receiver").item(0);
        Element org = (Element) receiver.getElementsByTagNameNS(Hl7v3.NS, "representedOrganization").item(0);
        ((Element) org.getElementsByTagNameNS(Hl7v3.NS, "id").item(0)).setAttribute("root", COMMUNITY);
        Element id = (Element) ((Element) query.getElementsByTagNameNS(Hl7v3.NS, "livingSubjectId").item(0))
                .getElementsByTagNameNS(Hl7v3.NS, "value").item(0);
        id.setAttribute("root", AUTHORITY);
        id.setAttribute("extension", "LG-7");
        ResponderGatewayIT.setAll(query, "family", family);
        Element birth = (Element) query.getElementsByTagNameNS(Hl7v3.NS, "livingSubjectBirthTime").item(0);
        ((Element) birth.getElementsByTagNameNS(Hl7v3.NS, "value").item(0)).setAttribute("value", birthTime);
        ResponderGatewayIT.removeAll(query, "patientAddress");
        ResponderGatewayIT.removeAll(query, "patientTelecom");
        return query;
    }

    /** Posts the query, freshly signed (never the same signed bytes twice). */
    static Gateway.Reply ask(Element query) {
        Gateway.Reply reply = Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, query));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    static PatientDiscoveryResponse read(Gateway.Reply reply) {
        return PatientDiscoveryResponseReader.read(SoapEnvelope.parse(reply.body()).payload());
    }

    /** Waits until the audit trail holds a record of this transaction and outcome whose detail contains {@code text}. */
    static void audited(String transaction, String outcome, String text) {
        Api.await(Duration.ofSeconds(20), () -> {
            Api.Reply r = Api.get("admin/audit?transaction=" + transaction + "&outcome=" + outcome + "&limit=500", Tokens.admin());
            return r.status() == 200 && r.body().contains(text);
        }, transaction + " audited as " + outcome + " with '" + text + "'");
    }

    /**
     * No disclosure the audit trail does not hold: while the audit table is locked (the database
     * stalled), a query that would match gets, once the gateway's deadline of 60 s has passed and not
     * before, a Receiver fault that names no patient; the gateway answers again once the table is free.
     */
    @Test
    void aQueryWhoseAuditCannotBeCommittedInTimeGetsAReceiverFaultAndNothingOfThePatient() throws Exception {
        byte[] signed = Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, queryForLou("GRANT", "19500314"));
        Gateway.Reply stalled;
        long took;
        try (Connection root = itDatabaseAsAdministrator(); Statement lock = root.createStatement()) {
            lock.execute("LOCK TABLES audit_record WRITE");
            try {
                long start = System.nanoTime();
                stalled = Gateway.post(Gateway.XCPD, signed);
                took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            } finally {
                lock.execute("UNLOCK TABLES");
            }
        }
        assertThat(stalled.status()).as(stalled.text()).isEqualTo(500);
        assertThat(stalled.text()).contains("env:Receiver").contains("could not record the request in time")
                .doesNotContain("LG-7").doesNotContain("Grant").doesNotContain("19500314").doesNotContain("patientPerson");
        assertThat(took).as("answered after the 60 s deadline, within a sweep of it").isBetween(60_000L, 70_000L);

        PatientDiscoveryResponse after = read(ask(queryForLou("GRANT", "19500314")));
        assertThat(after.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
    }

    /**
     * The deadline's other branch: an answer its client does not read is ended once the request's 60 s
     * are up, so that a peer cannot hold the gateway's exchanges, and the answers buffered in them, open
     * by never reading. The client asks for forty copies of a 249 KB document (about 13 MB inline, more
     * than the connection's buffers hold while its receive window stays small), reads the answer's
     * headers and then nothing for 63 s (the deadline and a sweep, with room), then reads what it can:
     * the connection ends before the answer's declared length. The gateway still answers the next retrieve.
     */
    @Test
    void anAnswerItsClientDoesNotReadIsEndedAtTheDeadline() throws Exception {
        String large = Hosted.document(COMMUNITY, "LG-7", AUTHORITY, "samples/ccda/hl7-c-cda-examples/Transfer_Summary.xml");
        byte[] signed = Gateway.signed(Gateway.XCA_RETRIEVE, EbXml.ACTION_RETRIEVE, retrieveOf(large, 40));
        URI gateway = Gateway.url(Gateway.XCA_RETRIEVE);
        long declared;
        long received = 0;
        try (Socket socket = new Socket()) {
            // before connecting, so that the window the server sees stays this small
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress(gateway.getHost(), gateway.getPort()), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + gateway.getPath() + " HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                    + "\r\nContent-Type: application/soap+xml; charset=UTF-8\r\nContent-Length: " + signed.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(signed);
            out.flush();
            // the status line and headers only, a byte at a time, so that nothing of the body is taken
            socket.setSoTimeout(20_000);
            InputStream in = socket.getInputStream();
            String head = headers(in);
            assertThat(head).startsWith("HTTP/1.1 200");
            declared = Long.parseLong(head.replaceAll("(?is).*\r\ncontent-length:\\s*(\\d+).*", "$1"));

            Thread.sleep(Duration.ofSeconds(63).toMillis());
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received += n;
                }
            } catch (SocketTimeoutException stalled) {
                // neither the rest of the answer nor the end of the connection: the exchange was let go, the connection kept
                throw new AssertionError("20 s without a byte or the end of the connection, after " + received + " of "
                        + declared + " bytes: the unread answer's connection was left open", stalled);
            } catch (SocketException reset) {
                // the server may end the connection with a reset: what arrived before it is counted
            }
        }
        assertThat(declared).as("an answer larger than the connection's buffers").isGreaterThan(10_000_000L);
        assertThat(received).as("the body read after the deadline, of " + declared + " bytes declared").isLessThan(declared);

        RetrieveDocumentSetResponse after = retrieve(1);
        assertThat(after.status()).isEqualTo(ResponseStatus.SUCCESS);
    }

    /** The status line and headers, up to the blank line, as text. */
    private static String headers(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int previous = -1;
        for (int c; (c = in.read()) >= 0; ) {
            head.append((char) c);
            if (c == '\n' && previous == '\r' && head.length() >= 4 && head.charAt(head.length() - 3) == '\n') {
                return head.toString();
            }
            previous = c;
        }
        throw new IOException("the connection ended in the answer's headers: " + head);
    }

    /**
     * The integration tests' database, the one the server was given ({@code CROSSWAY_DB_URL}, set by
     * ./crossway test): its server and name both from that URL, as the test server's administrator.
     */
    private static Connection itDatabaseAsAdministrator() throws SQLException {
        String url = Optional.ofNullable(System.getenv("CROSSWAY_DB_URL")).orElse("jdbc:mysql://127.0.0.1:3306/crossway_test");
        return DriverManager.getConnection(url, TestMariaDb.USER, TestMariaDb.PASSWORD);
    }

    @Test
    void anIdentifierWithAnotherFamilyNameAndBirthDateDisclosesNothingOfThePatient() throws IOException {
        Gateway.Reply reply = ask(queryForLou("Quixotebottom", "19800101"));
        PatientDiscoveryResponse response = read(reply);
        assertThat(response.outcome()).isNotEqualTo(PatientDiscoveryResponse.Outcome.MATCH)
                .isNotEqualTo(PatientDiscoveryResponse.Outcome.MULTIPLE_MATCHES);
        assertThat(response.matches()).isEmpty();
        assertThat(reply.text()).doesNotContain("Grant").doesNotContain("19500314").doesNotContain("Newsroom")
                .doesNotContain("Minneapolis").doesNotContain("6125550147").doesNotContain("612-555-0147")
                .doesNotContain("patientPerson");
        audited("ITI-55", "Refused", "identifier matched but demographics disagree");
    }

    @Test
    void theSameIdentifierWithTheRightFamilyNameAndBirthDateMatchesWithoutOtherIdsAddressOrPhone() throws IOException {
        Gateway.Reply reply = ask(queryForLou("GRANT", "19500314"));
        PatientDiscoveryResponse response = read(reply);
        assertThat(response.outcome()).as(reply.text()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        var match = response.matches().get(0);
        assertThat(match.patientId()).isEqualTo(LOU);
        assertThat(match.custodian()).contains(HomeCommunityId.of(COMMUNITY));
        assertThat(match.otherIds()).isEmpty();
        assertThat(match.demographics().addresses()).isEmpty();
        assertThat(match.demographics().telecoms()).isEmpty();
        assertThat(reply.text()).doesNotContain("Newsroom").doesNotContain("612-555-0147");
    }

    static Element retrieveOf(int copies) {
        return retrieveOf(documentId, copies);
    }

    static Element retrieveOf(String document, int copies) {
        DocumentRequest one = new DocumentRequest(Optional.of(HomeCommunityId.of(COMMUNITY)), new RepositoryUniqueId(COMMUNITY),
                new DocumentUniqueId(document));
        return RetrieveRequestWriter.write(new RetrieveDocumentSetRequest(Collections.nCopies(copies, one)));
    }

    static RetrieveDocumentSetResponse retrieve(int copies) {
        byte[] signed = Gateway.signed(Gateway.XCA_RETRIEVE, EbXml.ACTION_RETRIEVE, retrieveOf(copies));
        MtomWriter.Output mtom = MtomWriter.write(SoapEnvelope.parse(signed), List.of());
        Gateway.Reply reply = Gateway.post(Gateway.XCA_RETRIEVE, mtom.body(), mtom.contentType());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        MtomMessage message = MtomReader.read(reply.contentType(), reply.body());
        return RetrieveResponseReader.read(message.envelope().payload(), message.resolver());
    }

    @Test
    void aThousandDocumentsInOneRetrieveAreAnsweredUpToTheLimitAndTheServerIsUnharmed() {
        RetrieveDocumentSetResponse r = retrieve(1000);
        assertThat(r.status()).isEqualTo(ResponseStatus.PARTIAL_SUCCESS);
        assertThat(r.documents()).hasSize(100);
        assertThat(r.errors()).hasSize(900).allSatisfy(e -> {
            assertThat(e.errorCode()).isEqualTo(RegistryError.REPOSITORY_ERROR);
            assertThat(e.severity()).isEqualTo(RegistryError.Severity.ERROR);
            assertThat(e.codeContext()).contains(documentId);
        });
        audited("ITI-39", "Refused", "retrieve limited: 900 of 1000");
        RetrieveDocumentSetResponse after = retrieve(1);
        assertThat(after.status()).isEqualTo(ResponseStatus.SUCCESS);
        assertThat(after.documents()).hasSize(1);
    }

    /** The query for Lou, signed for {@code purpose}. */
    static Gateway.Reply askFor(String purpose) throws IOException {
        byte[] signed = Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, queryForLou("GRANT", "19500314"), Gateway.trusted(),
                Gateway.assertion(Gateway.XCPD).purposeOfUse(CodedValue.purposeOfUse(purpose, purpose)).build(), Clock.systemUTC());
        Gateway.Reply reply = Gateway.post(Gateway.XCPD, signed);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    /**
     * The gateway routes by a per-node snapshot of its communities (RoutingCommunities): a policy an
     * administrator narrows is applied from the very next request, not when a cache expires.
     */
    @Test
    void aPurposeOfUseWithdrawnFromTheCommunityIsRefusedFromTheNextRequest() throws IOException {
        Hosted.community(COMMUNITY, "Inbound Trust Community", AUTHORITY, "\"TREATMENT\", \"PUBLICHEALTH\"");
        try {
            assertThat(read(askFor("PUBLICHEALTH")).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
            Hosted.community(COMMUNITY, "Inbound Trust Community", AUTHORITY, "\"TREATMENT\"");
            Gateway.Reply refused = askFor("PUBLICHEALTH");
            assertThat(read(refused).outcome()).as(refused.text()).isEqualTo(PatientDiscoveryResponse.Outcome.ERROR);
            assertThat(refused.text()).contains("policy refusal").doesNotContain("Newsroom");
            audited("ITI-55", "Refused", "purpose of use PUBLICHEALTH is not permitted");
        } finally {
            Hosted.community(COMMUNITY, "Inbound Trust Community", AUTHORITY, "\"TREATMENT\"");
        }
    }

    @Test
    void aCommunityWithoutTreatmentIsRefusedNamingTheFieldAndNotSaved() {
        String hcid = "2.16.840.1.113883.3.72.6.10";
        Api.Reply r = Api.post("admin/communities", Tokens.admin(), """
                {"HomeCommunityId": "%s", "Name": "Payment Only", "AssigningAuthority": "1.2.3.4.5.1010", "Mode": "Stored",
                 "PurposesOfUse": ["PAYMENT", "OPERATIONS"]}""".formatted(hcid));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.firstError().path("Field").asText()).contains("PurposesOfUse");
        assertThat(r.firstError().path("Message").asText()).contains("TREATMENT");
        assertThat(r.body()).doesNotContain("Exception");
        Api.Reply list = Api.get("admin/communities", Tokens.admin());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(hcid + "\"");
    }
}
