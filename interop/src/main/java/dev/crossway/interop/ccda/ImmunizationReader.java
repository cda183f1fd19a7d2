package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Immunization;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Immunizations section: Immunization Activities (4.52). negationInd is a refusal (reason in
 * an Immunization Refusal Reason, 4.53); a nullFlavored activity is "no information".
 */
final class ImmunizationReader {

    private ImmunizationReader() {
    }

    static List<Immunization> read(Element section, Entries entries) {
        List<Immunization> out = new ArrayList<>();
        for (Element act : Entries.acts(section)) {
            if ("substanceAdministration".equals(act.getLocalName())) {
                out.add(immunization(act, entries));
            }
        }
        return out;
    }

    private static Immunization immunization(Element act, Entries entries) {
        Element material = Dom.child(act, "consumable", "manufacturedProduct", "manufacturedMaterial");
        return new Immunization(entries.code(Dom.child(material, "code")), Entries.time(Dom.child(act, "effectiveTime")),
                Entries.quantity(Dom.child(act, "doseQuantity")), entries.code(Dom.child(act, "routeCode")),
                Entries.status(act), Dom.text(Dom.child(material, "lotNumberText")), Entries.negated(act),
                Entries.negated(act) ? entries.reason(act) : null, Dom.nullFlavor(act) != null);
    }
}
