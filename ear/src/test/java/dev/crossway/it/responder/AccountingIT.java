package dev.crossway.it.responder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Tokens;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * The accounting of disclosures of one patient across both directions (issue 11): partner A asks
 * the network (here: this server's own hosted community, over real HTTP and signed SAML) with a
 * PatientQuery, and a peer gateway asks the responder directly; the audit API then lists, for
 * that patient, the initiator's retrieval (who: the API client and the user it asserted; why: the
 * purpose of use; what: the communities asked and the documents retrieved) and the responder's
 * disclosures (to the peer, and to Crossway's own initiator), newest first, as JSON and CSV.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountingIT {

    static final String COMMUNITY = "2.16.840.1.113883.3.72.6.11";
    static final String AUTHORITY = "1.2.3.4.5.1011";
    static final String PATIENT = "AC-1^^^&" + AUTHORITY + "&ISO";
    static String documentId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void hostAndPublish() throws IOException {
        Sandbox.ready(); // trusts the initiator's own signing certificate at the responder
        Hosted.community(COMMUNITY, "Accounting Community", AUTHORITY, "\"TREATMENT\"");
        Hosted.louGrant(COMMUNITY, "AC-1", AUTHORITY);
        documentId = Hosted.document(COMMUNITY, "AC-1", AUTHORITY, "samples/ccda/hl7-c-cda-examples/Consult_Closing_Referral.xml");
        Api.Reply org = Api.post("Organization/New", Tokens.admin(), """
                {"Organization": {"Name": "Accounting Community", "Identifiers": [{"ID": "%s", "IDType": "OID"}],
                 "Address": {"StreetAddress": "1 Ledger Way", "City": "Minneapolis", "State": "MN", "ZIP": "55401"},
                 "Endpoints": [
                  {"Transaction": "XCPD ITI-55", "Address": "%s", "PurposesOfUse": ["TREATMENT"]},
                  {"Transaction": "XCA ITI-38", "Address": "%s", "PurposesOfUse": ["TREATMENT"]},
                  {"Transaction": "XCA ITI-39", "Address": "%s", "PurposesOfUse": ["TREATMENT"]}]}}
                """.formatted(COMMUNITY, Sandbox.GATEWAY_TLS.resolve(Gateway.XCPD), Sandbox.GATEWAY_TLS.resolve(Gateway.XCA_QUERY),
                Sandbox.GATEWAY_TLS.resolve(Gateway.XCA_RETRIEVE)));
        assertThat(org.status()).as(org.body()).isIn(201, 400);
        Gateway.trusted();
    }

    @Test
    void onePatientsAccountingShowsPartnerAsRetrievalAndThePeersQueryWithWhoWhatAndWhy() throws IOException {
        // outbound: partner A's PatientQuery, as user dr.jones for Treatment (Sandbox.meta's extensions)
        Api.Reply query = Api.post("ClinicalSummary/PatientQuery", Tokens.partner(), "{"
                + Sandbox.meta("ClinicalSummary", "PatientQuery") + ","
                + """
                "Patient": {"Identifiers": [{"ID": "AC-1", "IDType": "%s"}],
                  "Demographics": {"FirstName": "Lou", "LastName": "Grant", "DOB": "1950-03-14", "Sex": "Male",
                  "Address": {"StreetAddress": "4410 Newsroom Blvd", "City": "Minneapolis", "State": "MN", "ZIP": "55401"}}},
                "Targets": {"Organizations": [{"ID": "%s"}]}}""".formatted(AUTHORITY, COMMUNITY));
        assertThat(query.status()).as(query.body()).isEqualTo(200);
        assertThat(query.json().path("Sources").path(0).path("Status").asText()).as(query.body()).isEqualTo("Matched");

        // inbound: a peer gateway's own XCPD for the same patient, freshly signed
        PatientDiscoveryResponse peer = DisclosureIT.read(DisclosureIT.ask(peerQuery()));
        assertThat(peer.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);

        String patient = URLEncoder.encode(PATIENT, StandardCharsets.UTF_8);
        // written before the answers returned: no waiting needed
        Api.Reply outbound = Api.get("admin/audit?Direction=Outbound&Patient=" + patient, Tokens.admin());
        assertThat(outbound.status()).as(outbound.body()).isEqualTo(200);
        JsonNode access = first(outbound.json(), "PatientQuery");
        assertThat(access).as(outbound.body()).isNotNull();
        assertThat(access.path("When").asText()).isNotBlank();
        assertThat(access.path("Client").asText()).as("the API client").contains(Tokens.PARTNER);
        assertThat(access.path("User").asText()).isEqualTo("dr.jones");
        assertThat(access.path("PurposeOfUse").asText()).isEqualTo("TREATMENT");
        assertThat(texts(access.path("Communities"))).containsExactly(COMMUNITY);
        assertThat(texts(access.path("Documents"))).contains(documentId);
        assertThat(access.path("Outcome").asText()).isEqualTo("Success");
        assertThat(access.path("DemographicsDigest").asText()).matches("[0-9a-f]{64}");
        assertThat(outbound.body()).doesNotContain("Newsroom").doesNotContain("1950-03-14");

        Api.Reply both = Api.get("admin/audit?Direction=Both&Patient=" + patient, Tokens.admin());
        assertThat(both.status()).as(both.body()).isEqualTo(200);
        List<String> directions = new ArrayList<>();
        both.json().forEach(e -> directions.add(e.path("Direction").asText()));
        assertThat(directions).contains("Outbound", "Inbound");
        JsonNode byPeer = null;
        JsonNode exported = null;
        for (JsonNode e : both.json()) {
            if ("Inbound".equals(e.path("Direction").asText()) && Gateway.INITIATOR.oid().value().equals(e.path("Client").asText())) {
                byPeer = e;
            }
            if ("Inbound".equals(e.path("Direction").asText()) && "ITI-39".equals(e.path("Action").asText())) {
                exported = e;
            }
        }
        assertThat(byPeer).as("the peer's XCPD, disclosed: " + both.body()).isNotNull();
        assertThat(byPeer.path("Action").asText()).isEqualTo("ITI-55");
        assertThat(byPeer.path("PurposeOfUse").asText()).isEqualTo("TREATMENT");
        assertThat(byPeer.path("User").asText()).isNotBlank();
        assertThat(byPeer.path("Outcome").asText()).isEqualTo("Success");
        assertThat(exported).as("the document the responder gave Crossway's own initiator: " + both.body()).isNotNull();
        assertThat(texts(exported.path("Documents"))).contains(documentId);

        Api.Reply csv = Api.get("admin/audit?Direction=Both&format=csv&Patient=" + patient, Tokens.admin());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("Direction,When,Action,").contains("\r\nOutbound,").contains("\r\nInbound,")
                .contains(documentId).contains("dr.jones");

        assertThat(Api.get("admin/audit?Direction=Outbound&Patient=" + patient, Tokens.partner()).status()).isEqualTo(403);
        Api.Reply bad = Api.get("admin/audit?Direction=Sideways", Tokens.admin());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.firstError().path("Field").asText()).isEqualTo("Direction");
        assertThat(Api.get("admin/audit?Direction=Outbound&Patient=not-a-cx", Tokens.admin()).status()).isEqualTo(400);
    }

    @Test
    void theResponderQueryWithoutADirectionKeepsItsOldShape() {
        Api.Reply r = Api.get("admin/audit?transaction=ITI-55&limit=5", Tokens.admin());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().isArray()).isTrue();
        r.json().forEach(a -> assertThat(a.path("Transaction").asText()).isEqualTo("ITI-55"));
    }

    /** The NIST XCPD query, to this community, naming AC-1 with Lou Grant's family name and birth date. */
    static Element peerQuery() throws IOException {
        Element query = ResponderGatewayIT.nistQuery();
        Element receiver = (Element) query.getElementsByTagNameNS(Hl7v3.NS, "receiver").item(0);
        Element org = (Element) receiver.getElementsByTagNameNS(Hl7v3.NS, "representedOrganization").item(0);
        ((Element) org.getElementsByTagNameNS(Hl7v3.NS, "id").item(0)).setAttribute("root", COMMUNITY);
        Element id = (Element) ((Element) query.getElementsByTagNameNS(Hl7v3.NS, "livingSubjectId").item(0))
                .getElementsByTagNameNS(Hl7v3.NS, "value").item(0);
        id.setAttribute("root", AUTHORITY);
        id.setAttribute("extension", "AC-1");
        ResponderGatewayIT.setAll(query, "family", "GRANT");
        Element birth = (Element) query.getElementsByTagNameNS(Hl7v3.NS, "livingSubjectBirthTime").item(0);
        ((Element) birth.getElementsByTagNameNS(Hl7v3.NS, "value").item(0)).setAttribute("value", "19500314");
        ResponderGatewayIT.removeAll(query, "patientAddress");
        ResponderGatewayIT.removeAll(query, "patientTelecom");
        return query;
    }

    private static JsonNode first(JsonNode list, String action) {
        for (JsonNode e : list) {
            if (action.equals(e.path("Action").asText())) {
                return e;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
