package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Frequency;
import dev.crossway.interop.ccda.model.Medication;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Medications section: Medication Activities (4.16). The first effectiveTime is the IVL_TS
 * of use; a PIVL_TS (period) or EIVL_TS (event) one is the frequency.
 */
final class MedicationReader {

    static final String DRUG_OR_MEDICAMENT = "410942007";

    private MedicationReader() {
    }

    static List<Medication> read(Element section, Entries entries) {
        List<Medication> out = new ArrayList<>();
        for (Element act : Entries.acts(section)) {
            if ("substanceAdministration".equals(act.getLocalName())) {
                out.add(medication(act, entries));
            }
        }
        return out;
    }

    /** Every medication is negated and names no specific product: "no medications". */
    static boolean noKnown(List<Medication> meds) {
        return !meds.isEmpty() && meds.stream().allMatch(m -> m.negated()
                && (m.product() == null || DRUG_OR_MEDICAMENT.equals(m.product().code())));
    }

    private static Medication medication(Element act, Entries entries) {
        Element use = null;
        Frequency frequency = null;
        for (Element time : Dom.children(act, "effectiveTime")) {
            String type = Values.xsiType(time);
            if (type.endsWith("PIVL_TS") && Dom.child(time, "period") != null) {
                Element period = Dom.child(time, "period");
                frequency = new Frequency(Dom.attr(period, "value"), Dom.attr(period, "unit"), null);
            } else if (type.endsWith("EIVL_TS")) {
                frequency = new Frequency(null, null, Dom.attr(Dom.child(time, "event"), "code"));
            } else if (use == null) {
                use = time;
            }
        }
        Code product = entries.code(Dom.child(act, "consumable", "manufacturedProduct", "manufacturedMaterial", "code"));
        return new Medication(product, Entries.quantity(Dom.child(act, "doseQuantity")),
                entries.code(Dom.child(act, "routeCode")), frequency, Entries.low(use), Entries.high(use),
                Entries.status(act), Entries.negated(act), Entries.negated(act) ? entries.reason(act) : null);
    }
}
