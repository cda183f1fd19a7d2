package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Dom.at;
import static dev.crossway.interop.xcpd.Hl7Dom.attr;
import static dev.crossway.interop.xcpd.Hl7Dom.child;
import static dev.crossway.interop.xcpd.Hl7Dom.children;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads the {@code acknowledgementDetail} elements of an {@code acknowledgement}. */
final class AcknowledgementDetails {

    private AcknowledgementDetails() {
    }

    static List<AcknowledgementDetail> read(Element acknowledgement, String path) {
        return children(acknowledgement, "acknowledgementDetail").stream().map(d -> {
            Optional<Element> code = child(d, "code");
            return at(path + "/acknowledgementDetail", () -> new AcknowledgementDetail(attr(d, "typeCode").orElse("E"),
                    code.flatMap(c -> attr(c, "code")), code.flatMap(c -> attr(c, "codeSystem")),
                    Hl7Dom.childText(d, "text")));
        }).toList();
    }
}
