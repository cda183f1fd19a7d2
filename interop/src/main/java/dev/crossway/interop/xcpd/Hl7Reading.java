package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Dom.at;
import static dev.crossway.interop.xcpd.Hl7Dom.attr;
import static dev.crossway.interop.xcpd.Hl7Dom.child;
import static dev.crossway.interop.xcpd.Hl7Dom.childText;
import static dev.crossway.interop.xcpd.Hl7Dom.children;
import static dev.crossway.interop.xcpd.Hl7Dom.required;
import static dev.crossway.interop.xcpd.Hl7Dom.requiredAttr;
import static dev.crossway.interop.xcpd.Hl7Dom.text;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads the HL7v3 data types and wrapper parts the XCPD messages share. */
final class Hl7Reading {

    private Hl7Reading() {
    }

    static InstanceId ii(Element e, String path) {
        String root = requiredAttr(e, "root", path);
        return at(path, () -> InstanceId.of(root, attr(e, "extension").orElse(null)));
    }

    /** An II with a root, or empty for {@code <id/>} and {@code nullFlavor} ids that real partners send. */
    static Optional<InstanceId> optionalIi(Element e, String path) {
        return attr(e, "root").isEmpty() ? Optional.empty() : Optional.of(ii(e, path));
    }

    static PatientId patientId(Element e, String path) {
        String root = requiredAttr(e, "root", path);
        String extension = attr(e, "extension").orElseThrow(() -> new XcpdMessageException(path + ": patient id has no @extension"));
        return at(path, () -> new PatientId(extension, Oid.of(root)));
    }

    static Hl7Time time(Element e, String path) {
        String v = requiredAttr(e, "value", path);
        return at(path, () -> Hl7Time.of(v));
    }

    static PersonName name(Element e, String path) {
        List<String> given = texts(e, "given");
        Optional<String> family = childText(e, "family");
        return at(path, () -> new PersonName(given, family, texts(e, "prefix"), texts(e, "suffix")));
    }

    static Address address(Element e) {
        return new Address(texts(e, "streetAddressLine"), childText(e, "city"), childText(e, "state"),
                childText(e, "postalCode"), childText(e, "country"));
    }

    static Optional<Telecom> telecom(Element e) {
        return attr(e, "value").map(v -> new Telecom(v, attr(e, "use")));
    }

    static Gender gender(Element e, String path) {
        String code = requiredAttr(e, "code", path);
        return at(path, () -> Gender.of(code));
    }

    /** A {@code sender} or {@code receiver}: its device id, community and telecom. */
    static Device device(Element wrapper, String path) {
        Element device = required(wrapper, "device", path);
        String p = path + "/device";
        InstanceId id = ii(required(device, "id", p), p + "/id");
        Optional<String> telecom = child(device, "telecom").flatMap(t -> attr(t, "value"));
        Optional<HomeCommunityId> community = child(device, "asAgent")
                .flatMap(a -> child(a, "representedOrganization"))
                .flatMap(o -> child(o, "id"))
                .flatMap(i -> attr(i, "root"))
                .map(root -> at(p + "/asAgent/representedOrganization/id", () -> HomeCommunityId.of(root)));
        return new Device(id, community, telecom);
    }

    static String code(Element parent, String local, String path) {
        return requiredAttr(required(parent, local, path), "code", path + "/" + local);
    }

    static List<String> texts(Element parent, String local) {
        return children(parent, local).stream().map(Hl7Dom::text).flatMap(Optional::stream).toList();
    }

    static Optional<String> textOf(Element e) {
        return text(e);
    }
}
