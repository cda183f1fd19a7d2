package dev.crossway.interop.xca;

import static dev.crossway.interop.xca.Rim.attr;
import static dev.crossway.interop.xca.Rim.children;
import static dev.crossway.interop.xca.Rim.el;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads and writes what every registry response has: the status and the RegistryErrorList. */
final class RegistryResponseParts {

    private RegistryResponseParts() {
    }

    static ResponseStatus status(Element response, String path) {
        return ResponseStatus.of(Rim.requiredAttr(response, "status", path));
    }

    static List<RegistryError> errors(Element response, String path) {
        List<RegistryError> errors = new ArrayList<>();
        for (Element list : children(response, EbXml.RS, "RegistryErrorList")) {
            for (Element e : children(list, EbXml.RS, "RegistryError")) {
                String errorCode = Rim.requiredAttr(e, "errorCode", path + "/RegistryErrorList/RegistryError");
                RegistryError.Severity severity = attr(e, "severity").map(RegistryError.Severity::of)
                        .orElse(RegistryError.Severity.ERROR);
                errors.add(new RegistryError(errorCode, attr(e, "codeContext").orElse(""), attr(e, "location"), severity));
            }
        }
        return errors;
    }

    static void write(Element response, ResponseStatus status, List<RegistryError> errors) {
        response.setAttribute("status", status.urn());
        if (errors.isEmpty()) {
            return;
        }
        Element list = el(response, EbXml.RS, "rs:RegistryErrorList");
        boolean anyError = errors.stream().anyMatch(e -> e.severity() == RegistryError.Severity.ERROR);
        list.setAttribute("highestSeverity", (anyError ? RegistryError.Severity.ERROR : RegistryError.Severity.WARNING).urn());
        for (RegistryError error : errors) {
            Element e = el(list, EbXml.RS, "rs:RegistryError");
            e.setAttribute("codeContext", error.codeContext());
            e.setAttribute("errorCode", error.errorCode());
            e.setAttribute("severity", error.severity().urn());
            Optional<String> location = error.location();
            location.ifPresent(l -> e.setAttribute("location", l));
        }
    }
}
