package dev.crossway.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.it.support.Facility;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Browser;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.KeycloakAdmin;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Tokens;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A person's own network role goes into the assertion of their queries. The clinician (a
 * registered nurse, as an administrator set in Keycloak) asks from the portal; the query reaches a
 * community of this gateway in gateway mode, which forwards it with the initiator's verified claims
 * to a facility's gateway (a real HTTP server here): the facility reads the role and subject-id the
 * network received. A person without a role is refused before anything is sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubjectRoleIT {

    static final String COMMUNITY = "2.16.840.1.113883.3.2222.5";
    static final PatientId AT_FACILITY = new PatientId("F-905", Oid.of("2.16.840.1.113883.3.2222.5.1"));
    static final String ROLE = "urn:oasis:names:tc:xacml:2.0:subject:role";
    static final String SUBJECT_ID = "urn:oasis:names:tc:xspa:1.0:subject:subject-id";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @Test
    void aClinicianAsksWithTheirOwnRoleAndAPersonWithoutOneIsRefused() throws Exception {
        Sandbox.ready();
        Map<String, String> received = new ConcurrentHashMap<>();
        Facility facility = Facility.matching(COMMUNITY, AT_FACILITY, request -> received.putAll(attributes(SecureXml.parse(request))));
        try {
            Api.Reply saved = Api.post("admin/communities", Tokens.admin(), """
                    {"HomeCommunityId": "%s", "Name": "Facility Checking Roles", "AssigningAuthority": "%s", "Mode": "Gateway",
                     "PurposesOfUse": ["TREATMENT"], "Downstream": {"Xcpd": "%s"}}"""
                    .formatted(COMMUNITY, AT_FACILITY.assigningAuthority().value(), facility.xcpdUrl()));
            assertThat(saved.status()).as(saved.body()).isIn(200, 201);
            Api.Reply listed = Api.post("Organization/New", Tokens.admin(), """
                    {"Organization": {"Name": "Facility Checking Roles", "Identifiers": [{"ID": "%s", "IDType": "OID"}],
                     "Address": {"StreetAddress": "5 Role Street", "City": "Juneau", "State": "AK", "ZIP": "99801"},
                     "Endpoints": [{"Transaction": "XCPD ITI-55", "Address": "%s", "PurposesOfUse": ["TREATMENT"]}]}}"""
                    .formatted(COMMUNITY, Sandbox.GATEWAY_TLS.resolve("/gateway/xcpd")));
            assertThat(listed.status()).as(listed.body()).isIn(201, 400);

            try (Browser browser = new Browser()) {
                browser.loginAt("/admin/records.xhtml", "clinician", "clinician");
                ask(browser);
                browser.awaitText(By.id("job-status"), "Completed", Duration.ofSeconds(120));
            }
            assertThat(received.get(ROLE)).as("the role the network received: " + received).isEqualTo("224535009");
            assertThat(received.get(ROLE + "#displayName")).isEqualTo("Registered nurse");
            assertThat(received.get(SUBJECT_ID)).isEqualTo("clinician");

            // a person with the clinician role but no network role: refused, and nothing reaches the network
            received.clear();
            String nobody = "it.norole." + ThreadLocalRandom.current().nextInt(100000, 999999);
            String id = KeycloakAdmin.createUser("""
                    {"username": "%s", "enabled": true, "firstName": "No", "lastName": "Role", "email": "%s@hospital.test",
                     "emailVerified": true, "credentials": [{"type": "password", "value": "correct-horse-battery-staple", "temporary": false}]}"""
                    .formatted(nobody, nobody));
            KeycloakAdmin.grantRealmRole(id, "clinician");
            try (Browser browser = new Browser()) {
                browser.loginAt("/admin/records.xhtml", nobody, "correct-horse-battery-staple");
                ask(browser);
                browser.awaitText(By.id("find:messages"), "no network role");
                assertThat(browser.driver().findElements(By.id("job-status")).stream().map(e -> e.getText()).toList())
                        .noneMatch(t -> t.contains("Completed"));
            }
            assertThat(received).as("nothing was sent for the person without a role").isEmpty();
        } finally {
            facility.close();
        }
    }

    private static void ask(Browser browser) {
        // a fresh Find records page, as ClinicianPortalIT reaches it, not the one the login's redirect lands on
        browser.open("/admin/records.xhtml");
        browser.type(By.id("find:first"), "Rosa");
        browser.type(By.id("find:last"), "Rolle");
        browser.type(By.id("find:dob_input"), "1966-06-06");
        // the address as ClinicianPortalIT types it: the date picker's pop-up closes on the next field
        browser.type(By.id("find:street"), "5 Role Street");
        browser.type(By.id("find:city"), "Juneau");
        browser.type(By.id("find:state"), "AK");
        browser.type(By.id("find:zip"), "99801");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('find:sex_input').value = 'Female';");
        browser.driver().findElement(By.cssSelector("label[for='find:mode:1']")).click();
        browser.type(By.id("find:orgs"), COMMUNITY);
        browser.click(By.id("find:start"));
    }

    /** The SAML attributes of the request's assertion: name to value (the role's code, and its display beside). */
    static Map<String, String> attributes(Document soap) {
        Map<String, String> out = new ConcurrentHashMap<>();
        NodeList attributes = soap.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Attribute");
        for (int i = 0; i < attributes.getLength(); i++) {
            Element a = (Element) attributes.item(i);
            String name = a.getAttribute("Name");
            Element value = (Element) a.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "AttributeValue").item(0);
            if (value == null) {
                continue;
            }
            Element coded = null;
            for (org.w3c.dom.Node n = value.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    coded = e;
                }
            }
            if (coded != null && coded.hasAttribute("code")) {
                out.put(name, coded.getAttribute("code"));
                if (coded.hasAttribute("displayName")) {
                    out.put(name + "#displayName", coded.getAttribute("displayName"));
                }
            } else {
                out.put(name, value.getTextContent().trim());
            }
        }
        return out;
    }
}
