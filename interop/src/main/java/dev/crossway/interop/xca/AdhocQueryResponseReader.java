package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.at;
import static dev.crossway.interop.xca.Rim.attr;
import static dev.crossway.interop.xca.Rim.children;

import dev.crossway.interop.id.HomeCommunityId;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Reads a {@code query:AdhocQueryResponse} element (the SOAP body payload of an ITI-38 answer). */
public final class AdhocQueryResponseReader {

    private AdhocQueryResponseReader() {
    }

    public static AdhocQueryResponse read(Element root) {
        Messages.expectRoot(root, EbXml.QUERY, "AdhocQueryResponse");
        String path = "AdhocQueryResponse";
        ResponseStatus status = RegistryResponseParts.status(root, path);
        List<RegistryError> errors = RegistryResponseParts.errors(root, path);
        List<DocumentEntry> documents = new ArrayList<>();
        List<ObjectRef> references = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        for (Element list : children(root, EbXml.RIM, "RegistryObjectList")) {
            List<Element> entries = children(list, EbXml.RIM, "ExtrinsicObject");
            for (int i = 0; i < entries.size(); i++) {
                documents.add(DocumentEntryReader.read(entries.get(i), path + "/ExtrinsicObject[" + (i + 1) + "]"));
            }
            for (Element ref : children(list, EbXml.RIM, "ObjectRef")) {
                String rp = path + "/ObjectRef";
                references.add(at(rp, () -> new ObjectRef(Rim.requiredAttr(ref, "id", rp),
                        attr(ref, "home").map(HomeCommunityId::of))));
            }
            for (Element as : children(list, EbXml.RIM, "Association")) {
                String ap = path + "/Association";
                associations.add(at(ap, () -> new Association(Rim.requiredAttr(as, "id", ap),
                        Rim.requiredAttr(as, "associationType", ap), Rim.requiredAttr(as, "sourceObject", ap),
                        Rim.requiredAttr(as, "targetObject", ap), attr(as, "home").map(HomeCommunityId::of))));
            }
        }
        return at(path, () -> new AdhocQueryResponse(status, errors, documents, references, associations));
    }
}
