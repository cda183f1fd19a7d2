package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.at;
import static dev.crossway.interop.xca.Rim.attr;
import static dev.crossway.interop.xca.Rim.children;
import static dev.crossway.interop.xca.Rim.required;
import static dev.crossway.interop.xca.Rim.requiredAttr;

import dev.crossway.interop.id.HomeCommunityId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads an {@code query:AdhocQueryRequest} element (the SOAP body payload of ITI-38). */
public final class AdhocQueryRequestReader {

    private AdhocQueryRequestReader() {
    }

    public static AdhocQueryRequest read(Element root) {
        Messages.expectRoot(root, EbXml.QUERY, "AdhocQueryRequest");
        String path = "AdhocQueryRequest";
        Element option = required(root, EbXml.QUERY, "ResponseOption", path);
        ReturnType returnType = ReturnType.of(requiredAttr(option, "returnType", path + "/ResponseOption"));
        Element query = required(root, EbXml.RIM, "AdhocQuery", path);
        String qp = path + "/AdhocQuery";
        StoredQuery storedQuery = StoredQuery.of(requiredAttr(query, "id", qp));
        Optional<HomeCommunityId> home = attr(query, "home").map(h -> at(qp + "/@home", () -> HomeCommunityId.of(h)));
        Map<String, List<List<String>>> parameters = new LinkedHashMap<>();
        for (Element slot : children(query, EbXml.RIM, "Slot")) {
            String name = requiredAttr(slot, "name", qp + "/Slot");
            List<String> orValues = new ArrayList<>();
            for (String raw : values(slot)) {
                orValues.addAll(StoredQueryValues.parse(raw, "slot " + name));
            }
            if (orValues.isEmpty()) {
                throw new XcaMessageException(qp + ": slot " + name + " has no value");
            }
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(orValues);
        }
        return at(qp, () -> new AdhocQueryRequest(storedQuery, returnType, home, parameters));
    }

    private static List<String> values(Element slot) {
        List<String> raw = new ArrayList<>();
        Rim.child(slot, EbXml.RIM, "ValueList").ifPresent(list ->
                children(list, EbXml.RIM, "Value").forEach(v -> raw.add(v.getTextContent())));
        return raw;
    }
}
