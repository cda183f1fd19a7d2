package dev.crossway.directory.infrastructure.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory bundle comes from outside (an administrator's upload, the remote directory): read in
 * XML by HAPI FHIR's parser, not {@code SecureXml}, so its own refusal of DTDs is held here.
 */
class BundleReaderTest {

    private static final String ORGANIZATION = "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"searchset\"/>"
            + "<entry><resource><Organization><name value=\"%s\"/></Organization></resource></entry></Bundle>";

    @Test
    void aBundleInXmlIsRead() {
        Organization org = (Organization) new BundleReader().parse(ORGANIZATION.formatted("Good Health Clinic")
                .getBytes(StandardCharsets.UTF_8), "application/fhir+xml").getEntryFirstRep().getResource();
        assertThat(org.getName()).isEqualTo("Good Health Clinic");
    }

    @Test
    void aDtdIsRefusedSoNoEntityReadsAFileOrExpands(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE Bundle [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + ORGANIZATION.formatted("&x;");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE Bundle [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + ORGANIZATION.formatted("&c;");
        for (String xml : new String[] {external, laughs}) {
            assertThatThrownBy(() -> new BundleReader().parse(xml.getBytes(StandardCharsets.UTF_8), "application/fhir+xml"))
                    .isInstanceOf(FhirFormatException.class)
                    .hasMessageContaining("Undeclared general entity")
                    .hasMessageNotContaining("TOP-SECRET");
        }
    }
}
