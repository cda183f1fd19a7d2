package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Author;
import dev.crossway.interop.ccda.model.DocumentHeader;
import dev.crossway.interop.ccda.model.Header;
import dev.crossway.interop.ccda.model.Identifier;
import java.util.List;
import org.w3c.dom.Element;

/** The ClinicalDocument header into Redox's {@code Header.Document}. */
final class HeaderReader {

    private HeaderReader() {
    }

    static Header read(Element doc, Entries entries) {
        return new Header(new DocumentHeader(documentId(doc), Dom.text(Dom.child(doc, "title")),
                Hl7Time.toIso(Dom.attr(Dom.child(doc, "effectiveTime"), "value")), entries.code(Dom.child(doc, "code")),
                author(doc), People.organization(Dom.child(doc, "custodian", "assignedCustodian",
                        "representedCustodianOrganization")), Dom.attr(Dom.child(doc, "languageCode"), "code")));
    }

    /** {@code root^extension}, or the root alone (then it is a UUID or OID on its own). */
    static String documentId(Element doc) {
        Element id = Dom.child(doc, "id");
        String root = Dom.attr(id, "root");
        String extension = Dom.attr(id, "extension");
        if (root == null) {
            return extension;
        }
        return extension == null ? root : root + "^" + extension;
    }

    /** The first author: a person, else a device. */
    static Author author(Element doc) {
        Element assigned = Dom.child(doc, "author", "assignedAuthor");
        if (assigned == null) {
            return null;
        }
        Identifier id = null;
        for (Element candidate : Dom.children(assigned, "id")) {
            id = id != null ? id : People.identifier(candidate);
        }
        Element name = People.preferredName(Dom.child(assigned, "assignedPerson"));
        List<String> givens = People.givens(name);
        Element device = Dom.child(assigned, "assignedAuthoringDevice");
        String deviceName = Dom.text(Dom.child(device, "softwareName"));
        if (deviceName == null) {
            deviceName = Dom.text(Dom.child(device, "manufacturerModelName"));
        }
        return new Author(id == null ? null : id.id(), id == null ? null : id.idType(),
                givens.isEmpty() ? null : givens.get(0), Dom.text(Dom.child(name, "family")),
                Dom.text(Dom.child(name, "suffix")), deviceName,
                People.organization(Dom.child(assigned, "representedOrganization")));
    }
}
