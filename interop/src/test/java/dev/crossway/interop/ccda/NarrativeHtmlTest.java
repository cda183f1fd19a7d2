package dev.crossway.interop.ccda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The portal's renderer builds its own markup; nothing active from the input gets through. */
class NarrativeHtmlTest {

    private final String html = NarrativeHtml.render(TestResources.bytes("hostile_narrative.xml"));

    @Test
    void noScriptOrEventHandlerReachesTheOutput() {
        assertThat(html.toLowerCase())
                .doesNotContain("<script")
                .doesNotContain("alert('cda-namespace script')")
                .doesNotContain("alert('xhtml script')")
                .doesNotContain("onload=")
                .doesNotContain("onclick=")
                .doesNotContain("onmouseover=")
                .doesNotContain("href=")
                .doesNotContain("style=\"")
                .doesNotContain("javascript:")
                .doesNotContain("<img");
    }

    @Test
    void narrativeIsRenderedFromTheWhitelistWithEscapedText() {
        assertThat(html)
                .contains("<p>Penicillin &lt;img src=x onerror=alert(1)&gt;</p>")
                .contains("<td>Hives</td>")
                .contains("<ol><li>one</li></ol>")
                .contains("see chart")
                .contains("<h1>Hostile &lt;b&gt;title&lt;/b&gt;</h1>")
                .contains("Content-Security-Policy");
    }

    @Test
    void realDocumentRendersItsSections() {
        String ccd = NarrativeHtml.render(Samples.bytes("hl7-c-cda-examples/CCD_1.xml"));

        assertThat(ccd).contains("<h1>Patient Chart Summary</h1>").contains("<h2>ALLERGIES AND ADVERSE REACTIONS</h2>")
                .contains("<td>Penicillin</td>").contains("Patient: Eve Betterhalf, born 1975-05-01");
    }

    @Test
    void unstructuredDocumentSaysSo() {
        String pdf = NarrativeHtml.render(Samples.bytes("hl7-c-cda-examples/Unstructured_Embedded_PDF.xml"));

        assertThat(pdf).contains("unstructured body (application/pdf)").doesNotContain("JVBERi0");
    }
}
