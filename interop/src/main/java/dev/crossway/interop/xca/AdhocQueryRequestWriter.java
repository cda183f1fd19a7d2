package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.el;

import dev.crossway.interop.xml.SecureXml;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes an {@link AdhocQueryRequest} as {@code query:AdhocQueryRequest}: one Slot per AND-group;
 * patient ids as one quoted value, time bounds as bare numbers, everything else as a list.
 */
public final class AdhocQueryRequestWriter {

    private AdhocQueryRequestWriter() {
    }

    public static Element write(AdhocQueryRequest request) {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(EbXml.QUERY, "query:AdhocQueryRequest");
        Rim.declare(root, "query", EbXml.QUERY);
        Rim.declare(root, "rim", EbXml.RIM);
        doc.appendChild(root);
        Element option = el(root, EbXml.QUERY, "query:ResponseOption");
        option.setAttribute("returnComposedObjects", "true");
        option.setAttribute("returnType", request.returnType().value());
        Element query = el(root, EbXml.RIM, "rim:AdhocQuery");
        query.setAttribute("id", request.query().id());
        request.home().ifPresent(h -> query.setAttribute("home", h.urn()));
        request.parameters().forEach((name, groups) -> groups.forEach(orValues ->
                Rim.writeSlot(query, name, List.of(format(name, orValues)))));
        return root;
    }

    private static final Set<String> NUMERIC_SUFFIXES = Set.of("From", "To");

    private static String format(String name, List<String> values) {
        if (AdhocQueryRequest.PATIENT_PARAMETERS.contains(name)) {
            return StoredQueryValues.quote(values.get(0));
        }
        boolean time = NUMERIC_SUFFIXES.stream().anyMatch(name::endsWith) && values.size() == 1
                && values.get(0).chars().allMatch(Character::isDigit);
        return time ? values.get(0) : StoredQueryValues.list(values);
    }
}
