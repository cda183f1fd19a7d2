package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.at;
import static dev.crossway.interop.xca.Rim.child;
import static dev.crossway.interop.xca.Rim.children;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads an {@code xdsb:RetrieveDocumentSetRequest} element (the SOAP body payload of ITI-39). */
public final class RetrieveRequestReader {

    private RetrieveRequestReader() {
    }

    public static RetrieveDocumentSetRequest read(Element root) {
        Messages.expectRoot(root, EbXml.XDSB, "RetrieveDocumentSetRequest");
        List<DocumentRequest> requests = new ArrayList<>();
        List<Element> elements = children(root, EbXml.XDSB, "DocumentRequest");
        for (int i = 0; i < elements.size(); i++) {
            Element r = elements.get(i);
            String path = "RetrieveDocumentSetRequest/DocumentRequest[" + (i + 1) + "]";
            Optional<HomeCommunityId> home = child(r, EbXml.XDSB, "HomeCommunityId").flatMap(Rim::text)
                    .map(h -> at(path + "/HomeCommunityId", () -> HomeCommunityId.of(h)));
            String repository = Rim.requiredText(r, EbXml.XDSB, "RepositoryUniqueId", path);
            String document = Rim.requiredText(r, EbXml.XDSB, "DocumentUniqueId", path);
            requests.add(new DocumentRequest(home,
                    at(path + "/RepositoryUniqueId", () -> RepositoryUniqueId.of(repository)),
                    at(path + "/DocumentUniqueId", () -> new DocumentUniqueId(document))));
        }
        return at("RetrieveDocumentSetRequest", () -> new RetrieveDocumentSetRequest(requests));
    }
}
