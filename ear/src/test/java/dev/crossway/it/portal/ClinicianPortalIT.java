package dev.crossway.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.it.support.Api;
import dev.crossway.it.support.Browser;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Sandbox;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The portal's roles in Chromium: a clinician finds records and opens documents, and nothing else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClinicianPortalIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @Test
    void aClinicianFindsRecordsAsThemselvesWithAGrantedPurposeAndOpensADocumentByPostButNothingElse() throws Exception {
        Sandbox.ready();
        try (Browser browser = new Browser()) {
            browser.loginAt("/admin/records.xhtml", "clinician", "clinician");
            browser.open("/admin/");
            Api.await(Duration.ofSeconds(10), () -> browser.driver().getCurrentUrl().contains("/admin/records"),
                    "the portal's landing page sends a clinician to Find records");
            assertThat(browser.driver().getPageSource()).contains("nav-records").doesNotContain("nav-partners")
                    .doesNotContain("nav-anchors").doesNotContain("nav-audit");
            // the purposes offered are the portal organization's grants (crossway-portal: TREATMENT)
            List<String> purposes = browser.driver().findElements(By.cssSelector("[id='find:purpose_input'] option")).stream()
                    .map(o -> o.getAttribute("value")).toList();
            assertThat(purposes).containsExactly("TREATMENT");

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
            browser.type(By.id("find:orgs"), Sandbox.COMMUNITIES.get(0));
            browser.click(By.id("find:start"));
            browser.awaitText(By.id("job-status"), "Completed", Duration.ofSeconds(120));
            WebElement link = browser.find(By.cssSelector("a.doc-link"));
            assertThat(link.getAttribute("href")).as("a JSF action, not a GET that retrieves").doesNotContain("/admin/document");
            link.click();
            assertThat(browser.find(By.id("find:document-view")).getAttribute("innerHTML")).doesNotContain("<script");

            // every other page is closed to a clinician
            for (String page : List.of("/admin/partners.xhtml", "/admin/audit.xhtml", "/admin/trust-anchors.xhtml",
                    "/admin/organizations.xhtml")) {
                browser.open(page);
                assertThat(browser.driver().getPageSource()).as(page).contains("Forbidden").doesNotContain("audit:records");
            }
        }
    }
}
