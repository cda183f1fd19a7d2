package dev.crossway.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.it.support.Api;
import dev.crossway.it.support.Browser;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Directory;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The portal in headless Chromium: log in through Keycloak, search the directory, add and edit a
 * facility, read the certificate inventory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @Test
    void adminLogsInSearchesAndEditsAFacility() throws Exception {
        Directory.importBundle(Files.readString(Servers.shared().resolve("samples/directory/sequoia-r4-searchset-example.json")),
                "application/fhir+json");
        try (Browser browser = new Browser()) {
            browser.login("admin", "admin");

            browser.open("/admin/sync.xhtml");
            browser.awaitText(By.id("sync:latest-status"), "COMPLETED");
            assertThat(browser.find(By.id("sync:bar")).getText()).contains("100%");
            assertThat(browser.find(By.id("sync:runs")).getText()).contains("UPLOAD");

            browser.open("/admin/organizations.xhtml");
            browser.type(By.id("search:name"), "lakeview");
            browser.click(By.id("search:go"));
            // the table first lists every organization: wait for the search's update, not only for a row
            browser.awaitTextGone(By.id("search:results"), "Granite Cedar Health");
            browser.awaitText(By.id("search:results"), "Lakeview Canyon Medical Center");
            String table = browser.find(By.id("search:results")).getText();
            assertThat(table).contains("Lakeview Pioneer Regional Hospital").doesNotContain("Granite Cedar Health");

            browser.type(By.id("search:name"), "");
            browser.type(By.id("search:miles_input"), "100");
            browser.type(By.id("search:zip"), "14208");
            browser.click(By.id("search:go"));
            browser.awaitTextGone(By.id("search:results"), "Lakeview");
            browser.awaitText(By.id("search:results"), "Cedar Pioneer Pediatrics");
            assertThat(browser.find(By.id("search:results")).getText()).doesNotContain("Lakeview");

            String oid = "2.16.840.1.113883.3.5555." + ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
            browser.open("/admin/facility.xhtml");
            browser.type(By.id("facility:oid"), oid);
            browser.type(By.id("facility:name"), "Browser Made Clinic");
            browser.type(By.id("facility:street"), "5 Test Way");
            browser.type(By.id("facility:city"), "Milwaukee");
            browser.type(By.id("facility:state"), "WI");
            browser.click(By.id("facility:save"));
            browser.awaitText(By.id("facility:messages"), "Address");

            browser.type(By.id("facility:zip"), "53202");
            browser.type(By.id("facility:xcpd"), "https://browser.example.org/xcpd");
            browser.click(By.id("facility:save"));
            browser.awaitText(By.id("org-name"), "Browser Made Clinic");
            assertThat(browser.find(By.id("org-oid")).getText()).isEqualTo(oid);

            browser.click(By.id("actions:edit"));
            browser.type(By.id("facility:name"), "Browser Edited Clinic");
            browser.click(By.id("facility:save"));
            browser.awaitText(By.id("org-name"), "Browser Edited Clinic");
            assertThat(browser.find(By.id("endpoints")).getText()).contains("https://browser.example.org/xcpd");
        }
    }

    @Test
    void theCertificateInventoryListsWhatIsInUseAndFlagsAnExpiringCertificateOnEveryPage() throws Exception {
        SigningCredential expiring = DevCredentials.selfSigned("CN=Expiring Partner CA,O=Crossway Tests",
                Instant.now().minusSeconds(3600), Duration.ofDays(10));
        Api.Reply trusted = Api.post("admin/trust-anchors?label=expiring-partner", Tokens.admin(), expiring.certificatesPem(),
                "text/plain");
        assertThat(trusted.status()).as(trusted.body()).isEqualTo(201);

        Api.Reply listed = Api.get("admin/certificates", Tokens.admin());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        // "Role Subject" -> State; subjects by their CN (RDN order depends on how the certificate was made)
        Map<String, String> states = new HashMap<>();
        listed.json().forEach(c -> states.put(c.path("Role").asText() + " " + commonName(c.path("Subject").asText()),
                c.path("State").asText()));
        assertThat(states).containsEntry("SAML trust anchor Expiring Partner CA", "Expiring")
                .containsEntry("TLS server localhost", "Valid")
                .containsEntry("TLS client Crossway sandbox initiator", "Valid")
                .containsEntry("TLS trust anchor Crossway sandbox CA", "Valid")
                .containsKey("SAML signing Crossway sandbox initiator");
        assertThat(listed.json().get(0).path("Fingerprint").asText()).matches("[0-9a-f]{64}");
        assertThat(Api.get("admin/certificates", Tokens.partner()).status()).isEqualTo(403);

        // the health probe (no token): UP, the expiring trust anchor a warning, no subject disclosed
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                Servers.gateway().resolve("/health/certificates")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"crossway-certificates\"").contains("\"UP\"").contains("warning-")
                .contains("SAML trust anchor: expires").doesNotContain("Expiring Partner CA");

        try (Browser browser = new Browser()) {
            browser.login("admin", "admin");
            browser.open("/admin/certificates.xhtml");
            browser.awaitText(By.id("certificates"), "CN=Expiring Partner CA");
            String row = browser.find(By.xpath("//tr[td[contains(., 'CN=Expiring Partner CA')]]")).getText();
            assertThat(row).contains("Expiring").contains("SAML trust anchor");
            assertThat(browser.find(By.id("certificates")).getText()).contains("TLS server").contains("TLS client");
            browser.open("/admin/organizations.xhtml");
            assertThat(browser.find(By.id("certificate-warning")).getText())
                    .as("every page flags the expiring certificate").contains("CN=Expiring Partner CA").contains("Expiring");
        }
    }

    private static String commonName(String subject) {
        for (String rdn : subject.split(",")) {
            if (rdn.trim().startsWith("CN=")) {
                return rdn.trim().substring(3);
            }
        }
        return subject;
    }

    @Test
    void adminManagesTrustAnchorsAndCommunitiesAndReadsTheAuditTrail() throws Exception {
        String label = "portal-anchor-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String pem = dev.crossway.interop.saml.DevCredentials.selfSigned("CN=" + label, java.time.Instant.now(),
                java.time.Duration.ofDays(1)).certificatesPem();
        try (Browser browser = new Browser()) {
            browser.login("admin", "admin");
            browser.open("/admin/trust-anchors.xhtml");
            browser.type(By.id("anchors:label"), label);
            browser.type(By.id("anchors:pem"), pem);
            browser.click(By.id("anchors:add"));
            browser.awaitText(By.id("anchors:list"), label);
            browser.type(By.id("anchors:pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----");
            browser.click(By.id("anchors:add"));
            browser.awaitText(By.id("anchors:messages"), "Refused");

            String hcid = "2.16.840.1.113883.3.4444." + ThreadLocalRandom.current().nextInt(1, 1000000);
            browser.open("/admin/communities.xhtml");
            assertThat(browser.find(By.id("cache-stats")).getText()).contains("hits");
            browser.type(By.id("communities:hcid"), hcid);
            browser.type(By.id("communities:name"), "Portal Community");
            browser.type(By.id("communities:authority"), hcid + ".1");
            browser.click(By.id("communities:save"));
            browser.awaitText(By.id("communities:list"), hcid);

            browser.open("/admin/audit.xhtml");
            assertThat(browser.find(By.id("audit:records")).getText()).contains("Transaction").contains("Outcome");
            // the volume chart is drawn by Chart.js into a canvas inside the component
            browser.find(By.cssSelector("[id='audit:volume'] canvas"));
        }
        try (Browser auditor = new Browser()) {
            auditor.loginAt("/admin/audit.xhtml", "auditor", "auditor");
            auditor.find(By.id("audit:records"));
            assertThat(auditor.driver().getPageSource()).doesNotContain("nav-partners").doesNotContain("nav-records");
            // the audit page only: the directory is an administrator's page now
            auditor.open("/admin/organizations.xhtml");
            assertThat(auditor.driver().getPageSource()).contains("Forbidden").doesNotContain("nav-audit");
        }
    }

    @Test
    void adminFindsRecordsAcrossTheNetworkAndOpensADocument() throws Exception {
        dev.crossway.it.support.Sandbox.ready();
        try (Browser browser = new Browser()) {
            browser.login("admin", "admin");
            browser.open("/admin/records.xhtml");
            browser.type(By.id("find:first"), "Alice");
            browser.type(By.id("find:last"), "Newman");
            browser.type(By.id("find:dob_input"), "1970-05-01");
            browser.type(By.id("find:street"), "1357 Amber Drive");
            browser.type(By.id("find:city"), "Beaverton");
            browser.type(By.id("find:state"), "OR");
            browser.type(By.id("find:zip"), "97006");
            browser.type(By.id("find:phone"), "555-723-1544");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('find:sex_input').value = 'Female';");
            browser.driver().findElement(By.cssSelector("label[for='find:mode:1']")).click();
            browser.type(By.id("find:orgs"), String.join(", ", dev.crossway.it.support.Sandbox.COMMUNITIES));
            browser.click(By.id("find:start"));
            browser.awaitText(By.id("job-status"), "Completed", java.time.Duration.ofSeconds(120));
            String sources = browser.find(By.id("find:sources")).getText();
            assertThat(sources.split("Matched", -1)).hasSize(4);
            assertThat(browser.find(By.id("find:documents")).getText()).isNotBlank();
            String medications = browser.find(By.id("find:discrete")).getText();
            assertThat(medications).contains("2.16.840.1.113883.3.9999.1.");

            // opening a document is a JSF action (POST with the view state), no longer a GET link
            browser.driver().findElement(By.cssSelector("a.doc-link")).click();
            String view = browser.find(By.id("find:document-view")).getAttribute("innerHTML");
            assertThat(view).containsIgnoringCase("<h2").doesNotContain("<script");

            // the call log reaches the database every two seconds: reload until this query's calls are in
            browser.awaitTextOnReload("/admin/endpoints.xhtml", By.id("health:stats"), "/gateway/xcpd",
                    java.time.Duration.ofSeconds(30));
        }
    }

    @Test
    void adminOnboardsAPartnerWhoseCredentialsThenWork() throws Exception {
        String clientId = "portal-partner-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        try (Browser browser = new Browser()) {
            browser.login("admin", "admin");
            browser.open("/admin/partners.xhtml");
            browser.type(By.id("partners:clientId"), clientId);
            browser.type(By.id("partners:displayName"), "Portal Partner");
            browser.click(By.id("partners:onboard"));
            browser.awaitText(By.id("issued-client-id"), clientId);
            String secret = browser.find(By.id("issued-secret")).getText();
            assertThat(secret).hasSizeGreaterThan(16);
            assertThat(browser.find(By.id("partners:list")).getText()).contains(clientId);

            String token = Tokens.clientCredentials(clientId, secret);
            assertThat(Api.post("Organization/Query", token, "{}").status()).isEqualTo(200);
            assertThat(Api.post("Organization/New", token, "{}").status()).as("a partner is not an admin").isEqualTo(403);

            browser.type(By.id("partners:clientId"), "sandbox-evil");
            browser.click(By.id("partners:onboard"));
            browser.awaitText(By.id("partners:messages"), "reserved");
        }
    }
}
