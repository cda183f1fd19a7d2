package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Author;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** The ClinicalDocument header into {@link CcdaMetadata}. */
final class MetadataReader {

    private MetadataReader() {
    }

    static CcdaMetadata read(Element doc) {
        Entries entries = new Entries(new Narrative(doc.getOwnerDocument()));
        Code type = entries.code(Dom.child(doc, "code"));
        Author author = HeaderReader.author(doc);
        String person = author == null ? null : join(author.firstName(), author.lastName());
        if (person == null && author != null) {
            person = author.device();
        }
        Element service = Dom.child(doc, "documentationOf", "serviceEvent", "effectiveTime");
        Element setId = Dom.child(doc, "setId");
        return new CcdaMetadata(HeaderReader.documentId(doc),
                Dom.attr(setId, "extension") != null ? Dom.attr(setId, "root") + "^" + Dom.attr(setId, "extension")
                        : Dom.attr(setId, "root"),
                Dom.text(Dom.child(doc, "title")), XdsTime.of(Dom.attr(Dom.child(doc, "effectiveTime"), "value")),
                type, DocumentClasses.suggest(type), FormatCodes.of(doc), person,
                author == null || author.organization() == null ? null : author.organization().name(),
                author == null || author.organization() == null ? null : author.organization().idType(),
                entries.code(Dom.child(doc, "confidentialityCode")), Dom.attr(Dom.child(doc, "languageCode"), "code"),
                patientIds(doc), XdsTime.of(Dom.attr(Dom.child(service, "low"), "value")),
                XdsTime.of(Dom.attr(Dom.child(service, "high"), "value")));
    }

    private static List<PatientId> patientIds(Element doc) {
        List<PatientId> out = new ArrayList<>();
        for (Element id : Dom.children(Dom.child(doc, "recordTarget", "patientRole"), "id")) {
            String root = Dom.attr(id, "root");
            String extension = Dom.attr(id, "extension");
            if (Dom.nullFlavor(id) == null && extension != null && Oid.isValid(root)) {
                out.add(new PatientId(extension, Oid.of(root)));
            }
        }
        return out;
    }

    private static String join(String first, String last) {
        String s = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return s.isEmpty() ? null : s;
    }
}
