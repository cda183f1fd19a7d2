package dev.crossway.it.responder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.it.support.Facility;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * Gateway mode in the running server: a community whose patients live in a facility's own
 * gateway (here a real HTTP server in the test) is answered by forwarding, and an identical query
 * is answered from the identity cache without reaching the facility again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayModeIT {

    static final String COMMUNITY = "2.16.840.1.113883.3.2222.1";
    static final PatientId AT_FACILITY = new PatientId("F-801", Oid.of("2.16.840.1.113883.3.2222.1.1"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @Test
    void aCacheMissIsForwardedOnceAndTheRepeatIsAnsweredFromTheCache() throws Exception {
        AtomicInteger reached = new AtomicInteger();
        Facility facility = Facility.matching(COMMUNITY, AT_FACILITY, request -> reached.incrementAndGet());
        try {
            String url = facility.xcpdUrl();
            Api.Reply saved = Api.post("admin/communities", Tokens.admin(), """
                    {"HomeCommunityId": "%s", "Name": "Facility Behind Its Own Gateway",
                     "AssigningAuthority": "2.16.840.1.113883.3.2222.1.1", "Mode": "Gateway",
                     "PurposesOfUse": ["TREATMENT"], "Downstream": {"Xcpd": "%s"}}""".formatted(COMMUNITY, url));
            assertThat(saved.status()).as(saved.body()).isEqualTo(201);
            assertThat(saved.json().path("Mode").asText()).isEqualTo("Gateway");
            assertThat(saved.json().path("Downstream").path("Xcpd").asText()).isEqualTo(url);
            Api.Reply listed = Api.get("admin/communities", Tokens.admin());
            assertThat(listed.json().findValues("HomeCommunityId").stream().map(JsonNode::asText)).contains(COMMUNITY);
            Gateway.trusted();

            PatientDiscoveryResponse first = discover();
            assertThat(first.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
            assertThat(first.matches().get(0).patientId()).isEqualTo(AT_FACILITY);
            assertThat(reached.get()).isEqualTo(1);

            PatientDiscoveryResponse again = discover();
            assertThat(again.matches().get(0).patientId()).isEqualTo(AT_FACILITY);
            assertThat(reached.get()).as("the repeat is answered from the identity cache").isEqualTo(1);
        } finally {
            facility.close();
        }
    }

    static PatientDiscoveryResponse discover() throws Exception {
        byte[] xml = Files.readAllBytes(Servers.shared().resolve("samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml"));
        Element query = SecureXml.parse(xml).getDocumentElement();
        Element receiver = (Element) query.getElementsByTagNameNS(Hl7v3.NS, "receiver").item(0);
        Element org = (Element) receiver.getElementsByTagNameNS(Hl7v3.NS, "representedOrganization").item(0);
        ((Element) org.getElementsByTagNameNS(Hl7v3.NS, "id").item(0)).setAttribute("root", COMMUNITY);
        Gateway.Reply reply = Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, query));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return PatientDiscoveryResponseReader.read(SoapEnvelope.parse(reply.body()).payload());
    }
}
