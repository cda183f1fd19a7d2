package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.at;
import static dev.crossway.interop.xca.Rim.attr;
import static dev.crossway.interop.xca.Rim.children;
import static dev.crossway.interop.xca.Rim.requiredAttr;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads one {@code rim:ExtrinsicObject} into a {@link DocumentEntry}. */
final class DocumentEntryReader {

    private DocumentEntryReader() {
    }

    static DocumentEntry read(Element eo, String position) {
        String id = requiredAttr(eo, "id", position);
        String path = position + " (id " + id + ")";
        Optional<HomeCommunityId> home = attr(eo, "home").map(h -> at(path + "/@home", () -> HomeCommunityId.of(h)));
        String status = requiredAttr(eo, "status", path);
        String mimeType = requiredAttr(eo, "mimeType", path);
        String objectType = attr(eo, "objectType").orElse(EbXml.STABLE_DOCUMENT);
        DocumentUniqueId uniqueId = at(path + "/XDSDocumentEntry.uniqueId",
                () -> new DocumentUniqueId(external(eo, EbXml.UNIQUE_ID, "XDSDocumentEntry.uniqueId", path)));
        PatientId patientId = at(path + "/XDSDocumentEntry.patientId",
                () -> PatientId.fromCx(external(eo, EbXml.PATIENT_ID, "XDSDocumentEntry.patientId", path)));
        return at(path, () -> new DocumentEntry(id, uniqueId, patientId, home, status, mimeType, objectType,
                Rim.localized(eo, "Name"), Rim.localized(eo, "Description"), slots(eo, path), codes(eo, path), authors(eo)));
    }

    private static DocumentSlots slots(Element eo, String path) {
        Optional<Long> size = first(eo, "size").map(v -> at(path + "/size", () -> parseSize(v)));
        Optional<RepositoryUniqueId> repository = first(eo, "repositoryUniqueId")
                .map(v -> at(path + "/repositoryUniqueId", () -> RepositoryUniqueId.of(v)));
        return new DocumentSlots(first(eo, "creationTime"), first(eo, "languageCode"), first(eo, "serviceStartTime"),
                first(eo, "serviceStopTime"), first(eo, "sourcePatientId"), Rim.slot(eo, "sourcePatientInfo"), first(eo, "hash"), size,
                repository, first(eo, "URI"));
    }

    private static DocumentCodes codes(Element eo, String path) {
        return new DocumentCodes(one(eo, EbXml.CLASS_CODE, path), one(eo, EbXml.TYPE_CODE, path),
                one(eo, EbXml.FORMAT_CODE, path), all(eo, EbXml.CONFIDENTIALITY_CODE, path),
                one(eo, EbXml.FACILITY_TYPE_CODE, path), one(eo, EbXml.PRACTICE_SETTING_CODE, path),
                all(eo, EbXml.EVENT_CODE, path));
    }

    private static List<Author> authors(Element eo) {
        return classifications(eo, EbXml.AUTHOR).stream().map(c -> new Author(Rim.slot(c, "authorPerson").stream().findFirst(),
                Rim.slot(c, "authorInstitution"), Rim.slot(c, "authorRole"), Rim.slot(c, "authorSpecialty"))).toList();
    }

    private static Optional<Code> one(Element eo, String scheme, String path) {
        return all(eo, scheme, path).stream().findFirst();
    }

    private static List<Code> all(Element eo, String scheme, String path) {
        List<Code> codes = new ArrayList<>();
        for (Element c : classifications(eo, scheme)) {
            String code = requiredAttr(c, "nodeRepresentation", path + "/Classification " + scheme);
            String codingScheme = Rim.slot(c, "codingScheme").stream().findFirst().orElse("");
            codes.add(at(path + "/Classification " + scheme, () -> new Code(code, codingScheme, Rim.localized(c, "Name"))));
        }
        return codes;
    }

    private static List<Element> classifications(Element eo, String scheme) {
        return children(eo, EbXml.RIM, "Classification").stream()
                .filter(c -> scheme.equals(c.getAttribute("classificationScheme"))).toList();
    }

    private static String external(Element eo, String scheme, String name, String path) {
        return children(eo, EbXml.RIM, "ExternalIdentifier").stream()
                .filter(x -> scheme.equals(x.getAttribute("identificationScheme")))
                .map(x -> requiredAttr(x, "value", path + "/" + name)).findFirst()
                .orElseThrow(() -> new XcaMessageException(path + ": required ExternalIdentifier " + name + " is missing"));
    }

    private static Optional<String> first(Element eo, String slot) {
        return Rim.slot(eo, slot).stream().findFirst();
    }

    private static Long parseSize(String v) {
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a size in bytes");
        }
    }
}
