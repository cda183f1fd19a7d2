package dev.crossway.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.Version;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Browser;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Element;

/**
 * The portal's home in headless Chromium: an administrator lands on the dashboard and sees the
 * gateway's health checks and nodes, today's inbound traffic, an expiring certificate, the version
 * in the footer, times in the installation's zone, a long OID shortened with the whole on hover,
 * and each figure leads to its page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @Test
    void anAdministratorLandsOnTheDashboardAndEachFigureLeadsToItsPage() throws Exception {
        // today's traffic: one signed XCPD from a trusted partner
        Hosted.nistPatient();
        Gateway.trusted();
        Element query = SecureXml.parse(Files.readAllBytes(
                Servers.shared().resolve("samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml"))).getDocumentElement();
        assertThat(Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, query)).status()).isEqualTo(200);
        // a certificate that needs attention: a partner's CA expiring in ten days
        SigningCredential expiring = DevCredentials.selfSigned("CN=Dashboard Expiring CA,O=Crossway Tests",
                Instant.now().minusSeconds(3600), Duration.ofDays(10));
        Api.Reply anchor = Api.post("admin/trust-anchors?label=dashboard-expiring", Tokens.admin(), expiring.certificatesPem(),
                "text/plain");
        assertThat(anchor.status()).as(anchor.body()).isEqualTo(201);

        try (Browser browser = new Browser()) {
            browser.login("admin", "admin");
            assertThat(browser.driver().getCurrentUrl()).contains("/admin/dashboard");

            String status = browser.find(By.id("status")).getText();
            assertThat(status).contains("database").contains("keycloak").contains("certificates").contains("directory-sync")
                    .contains("caches").contains("UP");
            assertThat(browser.find(By.id("nodes")).getText()).contains("it-node1");

            WebElement home = browser.find(By.id("home-community"));
            assertThat(home.getAttribute("title")).isEqualTo("2.16.840.1.113883.3.9999.99");
            assertThat(home.getText()).contains("…").hasSizeLessThan("2.16.840.1.113883.3.9999.99".length());

            assertThat(Long.parseLong(browser.find(By.id("inbound-requests")).getText())).isPositive();
            assertThat(browser.find(By.id("identity-hit-ratio")).getText()).matches("\\d+\\.\\d%");
            assertThat(browser.find(By.id("certificates")).getText()).contains("SAML trust anchor").contains("Expiring")
                    .contains("Dashboard Expiring CA");
            assertThat(browser.find(By.id("zone")).getText()).isEqualTo("America/Chicago");
            assertThat(browser.find(By.id("certificates")).getText()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} C[SD]T");
            assertThat(browser.find(By.id("webhooks-dead")).getText()).as("the outbox's dead letters, counted").matches("\\d+");
            assertThat(browser.find(By.id("version")).getText()).isEqualTo(Version.current());

            browser.click(By.id("inbound-link"));
            browser.awaitText(By.tagName("h2"), "Audit");
            browser.open("/admin/dashboard.xhtml");
            browser.click(By.id("certificates-link"));
            browser.awaitText(By.tagName("h2"), "Certificates");
            browser.open("/admin/dashboard.xhtml");
            browser.click(By.id("directory-link"));
            browser.awaitText(By.tagName("h2"), "Directory sync");
            browser.open("/admin/dashboard.xhtml");
            browser.click(By.id("failing-endpoints-link"));
            browser.awaitText(By.tagName("h2"), "Endpoint health");
        }
    }
}
