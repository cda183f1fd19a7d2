package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Demographics;
import dev.crossway.interop.ccda.model.Patient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Renders a C-CDA's section narratives as one standalone, safe HTML page, so the portal shows
 * a retrieved document with Crossway's own renderer instead of the sender's XSLT. Nothing of
 * the input is copied as markup: every output element is chosen from a fixed whitelist, no
 * input attribute (href, style, on*, ...) is ever carried over, all text is escaped, and the
 * page forbids scripts through its Content-Security-Policy as a second line.
 */
public final class NarrativeHtml {

    private static final String HEAD = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            + "<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #999;padding:2px 6px;text-align:left}</style><title>";

    private NarrativeHtml() {
    }

    /**
     * @throws CcdaRejectedException as {@link CcdaReader#read(byte[])}
     */
    public static String render(byte[] ccda) {
        Document doc = CdaSource.document(ccda);
        Element root = doc.getDocumentElement();
        String title = Dom.text(Dom.child(root, "title"));
        HtmlOut out = new HtmlOut();
        out.raw(HEAD).text(title == null ? "Clinical document" : title).raw("</title></head><body>");
        out.open("h1").text(title == null ? "Clinical document" : title).close("h1");
        patientLine(PatientReader.read(root), out);
        Element structured = Dom.child(root, "component", "structuredBody");
        for (Element component : Dom.children(structured, "component")) {
            NarrativeHtmlWriter.section(Dom.child(component, "section"), 2, out);
        }
        Element unstructured = Dom.child(root, "component", "nonXMLBody");
        if (unstructured != null) {
            var body = BodyReader.read(unstructured);
            out.open("p").text("This document has an unstructured body ("
                    + (body.mediaType() == null ? "external reference" : body.mediaType()) + ").").close("p");
        }
        return out.raw("</body></html>\n").toString();
    }

    private static void patientLine(Patient patient, HtmlOut out) {
        Demographics d = patient == null ? null : patient.demographics();
        if (d == null) {
            return;
        }
        String name = ((d.firstName() == null ? "" : d.firstName()) + " " + (d.lastName() == null ? "" : d.lastName())).trim();
        out.open("p").text("Patient: " + name + (d.dob() == null ? "" : ", born " + d.dob())
                + (d.sex() == null ? "" : ", " + d.sex())).close("p");
    }
}
