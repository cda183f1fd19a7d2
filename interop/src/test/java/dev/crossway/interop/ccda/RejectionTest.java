package dev.crossway.interop.ccda;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Input that is not a C-CDA fails with one clear exception naming what is wrong. */
class RejectionTest {

    @Test
    void truncatedDocument() {
        byte[] whole = Samples.bytes("hl7-c-cda-examples/CCD_1.xml");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> CcdaReader.read(truncated))
                .isInstanceOf(CcdaRejectedException.class)
                .hasMessageContaining("not well formed")
                .extracting("reason").isEqualTo(CcdaRejectedException.Reason.MALFORMED);
    }

    @Test
    void dtdAndExternalEntityRefused() {
        assertThatThrownBy(() -> CcdaReader.read(TestResources.bytes("xxe.xml")))
                .isInstanceOf(CcdaRejectedException.class)
                .hasMessageContaining("DTD")
                .hasMessageNotContaining("root:")
                .extracting("reason").isEqualTo(CcdaRejectedException.Reason.DTD_FORBIDDEN);
        assertThatThrownBy(() -> CcdaMetadata.read(TestResources.bytes("xxe.xml")))
                .isInstanceOf(CcdaRejectedException.class);
    }

    @Test
    void dtdSmuggledIntoAFragmentRefused() {
        byte[] fragment = "<!DOCTYPE section [<!ENTITY x 'y'>]><section>&x;</section>".getBytes();

        assertThatThrownBy(() -> CcdaReader.readFragment(fragment)).isInstanceOf(CcdaRejectedException.class);
    }

    @Test
    void nonCdaRoot() {
        assertThatThrownBy(() -> CcdaReader.read(TestResources.bytes("not_cda.xml")))
                .isInstanceOf(CcdaRejectedException.class)
                .hasMessageContaining("{http://hl7.org/fhir}Bundle")
                .hasMessageContaining("{urn:hl7-org:v3}ClinicalDocument")
                .extracting("reason").isEqualTo(CcdaRejectedException.Reason.NOT_CDA);
    }

    @Test
    void clinicalDocumentOutsideTheHl7Namespace() {
        assertThatThrownBy(() -> NarrativeHtml.render(TestResources.bytes("no_namespace.xml")))
                .isInstanceOf(CcdaRejectedException.class)
                .extracting("reason").isEqualTo(CcdaRejectedException.Reason.NOT_CDA);
    }

    @Test
    void emptyInput() {
        assertThatThrownBy(() -> CcdaReader.read(new byte[0])).isInstanceOf(CcdaRejectedException.class);
        assertThatThrownBy(() -> CcdaReader.readFragment(new byte[0])).isInstanceOf(CcdaRejectedException.class);
    }
}
