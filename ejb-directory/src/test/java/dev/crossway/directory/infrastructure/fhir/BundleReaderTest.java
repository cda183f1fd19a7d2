package dev.crossway.directory.infrastructure.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.testsupport.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory bundle comes from outside (an administrator's upload, the remote directory): read in
 * XML by HAPI FHIR's parser, not {@code SecureXml}, so its own refusal of DTDs is held here, on the
 * CONNECT directory's XML sample, as it is and with a DTD put in front of it.
 */
class BundleReaderTest {

    private static final String SAMPLE = "samples/directory/connect-fhirXmlResponse.xml";
    private static final String FIRST_NAME = "<name value=\"TestOrg1\"/>";

    @Test
    void theSampleInXmlIsRead() {
        Organization first = (Organization) new BundleReader().parse(Shared.bytes(SAMPLE), "application/fhir+xml")
                .getEntryFirstRep().getResource();
        assertThat(first.getName()).isEqualTo("TestOrg1");
    }

    @Test
    void aDtdIsRefusedSoNoEntityReadsAFileOrExpands(@TempDir Path dir) throws Exception {
        String sample = new String(Shared.bytes(SAMPLE), StandardCharsets.UTF_8);
        assertThat(sample).contains(FIRST_NAME);
        String bundle = sample.substring(sample.indexOf("<Bundle"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE Bundle [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + bundle.replace(FIRST_NAME, "<name value=\"&x;\"/>");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE Bundle [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + bundle.replace(FIRST_NAME, "<name value=\"&c;\"/>");
        for (String xml : new String[] {external, laughs}) {
            assertThatThrownBy(() -> new BundleReader().parse(xml.getBytes(StandardCharsets.UTF_8), "application/fhir+xml"))
                    .isInstanceOf(FhirFormatException.class)
                    .hasMessageContaining("Undeclared general entity")
                    .hasMessageNotContaining("TOP-SECRET");
        }
    }
}
