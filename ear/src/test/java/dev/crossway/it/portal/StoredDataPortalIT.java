package dev.crossway.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.it.support.Api;
import dev.crossway.it.support.Browser;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Stored data page in headless Chromium, as an administrator uses it: find a patient of a
 * hosted community, open a document (rendered by Crossway), replace one, withdraw one, record the
 * patient's opt-out; each look and each change is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredDataPortalIT {

    static final String COMMUNITY = "2.16.840.1.113883.3.72.6.165";
    static final String AUTHORITY = COMMUNITY + ".1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    private static void accept(Browser b) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
    }

    private static void audited(String text) {
        Api.await(Duration.ofSeconds(20), () -> {
            Api.Reply r = Api.get("admin/audit?transaction=ADMIN&limit=1000", Tokens.admin());
            return r.status() == 200 && r.body().contains(text);
        }, "an ADMIN audit record with '" + text + "'");
    }

    @Test
    void anAdministratorFindsAPatientOpensReplacesAndWithdrawsDocumentsAndRecordsAnOptOut() throws Exception {
        Hosted.community(COMMUNITY, "Stored Data Portal", AUTHORITY, "\"TREATMENT\"");
        Hosted.louGrant(COMMUNITY, "LG-165", AUTHORITY);
        String ccd = Hosted.document(COMMUNITY, "LG-165", AUTHORITY, "samples/ccda/hl7-c-cda-examples/CCD_1.xml");
        String consult = Hosted.document(COMMUNITY, "LG-165", AUTHORITY, "samples/ccda/hl7-c-cda-examples/Consultation_Note.xml");

        try (Browser b = new Browser()) {
            b.login("admin", "admin");
            b.open("/admin/stored.xhtml?community=" + COMMUNITY);
            b.type(By.id("stored:search"), "grant");
            b.click(By.id("stored:find"));
            b.awaitText(By.id("stored:patients"), "Grant, Lou");
            b.awaitText(By.id("stored:patients"), "LG-165");
            b.awaitText(By.id("stored:patients"), "disclosed (nothing recorded)");
            audited("stored data: patients listed (search 'grant'");

            b.click(By.id("stored:patients:0:open-patient"));
            b.awaitText(By.id("stored:documents"), ccd);
            b.awaitText(By.id("stored:documents"), consult);
            b.awaitText(By.id("stored:documents"), "latest summary");

            b.click(By.id("stored:documents:0:open"));
            b.awaitText(By.id("stored:document-view"), "Patient Chart Summary");
            audited("stored data: document " + ccd + " viewed");

            b.click(By.id("stored:documents:0:replace"));
            b.find(By.id("stored:file")).sendKeys(Servers.shared().resolve(
                    "samples/ccda/hl7-c-cda-examples/CCD_Parent_Document_Replace.xml").toAbsolutePath().toString());
            b.click(By.id("stored:store-replacement"));
            b.awaitText(By.id("stored:documents"), "Deprecated");
            b.awaitText(By.id("stored:documents"), "RPLC " + ccd);
            audited("replaces " + ccd);

            b.click(By.id("stored:documents:1:withdraw"));
            accept(b);
            b.awaitText(By.id("stored:documents"), "Withdrawn");
            audited("document " + consult + " withdrawn");

            b.click(By.id("stored:opt-out"));
            accept(b);
            b.awaitText(By.id("consent"), "opted out");
            b.awaitText(By.id("consent"), "by admin");
            audited("consent: patient opted out of network disclosure");
        }
        Api.Reply records = Api.get("admin/audit?transaction=ADMIN&limit=1000", Tokens.admin());
        assertThat(records.body()).contains("stored data: documents of the patient listed");
    }
}
