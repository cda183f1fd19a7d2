package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.ReferenceRange;
import org.w3c.dom.Element;

/**
 * Reads an observation's {@code value} by its xsi:type into Redox's text form. An IVL_PQ keeps
 * its comparator: {@code low=0, high=5} is "&lt;=5" (C-CDA writes "less than" as an interval from
 * zero), {@code high inclusive=false} is "&lt;5", a low bound alone is "&gt;=" or "&gt;".
 */
final class Values {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Values() {
    }

    static Observation observation(Element obs, Entries entries) {
        Element value = Dom.child(obs, "value");
        String type = xsiType(value);
        String text = null;
        String valueType = null;
        String units = null;
        Code coded = null;
        if (value != null && Dom.nullFlavor(value) == null) {
            switch (type) {
                case "PQ", "INT", "REAL", "MO" -> {
                    text = Dom.attr(value, "value");
                    units = unit(Dom.attr(value, "unit"));
                    valueType = "Numeric";
                }
                case "IVL_PQ" -> {
                    text = Intervals.comparator(value);
                    units = unit(Intervals.unit(value));
                    valueType = "Numeric";
                }
                case "CD", "CE", "CV", "CO" -> {
                    coded = entries.code(value);
                    text = coded == null ? null : coded.name() != null ? coded.name() : coded.code();
                    valueType = "Coded Entry";
                }
                case "TS", "IVL_TS" -> {
                    text = Entries.time(value);
                    valueType = "DateTime";
                }
                case "BL" -> {
                    text = Dom.attr(value, "value");
                    valueType = "Boolean";
                }
                default -> {
                    text = entries.narrative().resolve(value);
                    valueType = "String";
                }
            }
        }
        return new Observation(entries.code(Dom.child(obs, "code")), text, text == null ? null : valueType, coded,
                units, range(obs, entries), Dom.attr(Dom.child(obs, "interpretationCode"), "code"),
                Entries.time(Dom.child(obs, "effectiveTime")), Entries.status(obs));
    }

    private static ReferenceRange range(Element obs, Entries entries) {
        Element range = Dom.child(obs, "referenceRange", "observationRange");
        if (range == null) {
            return null;
        }
        Element value = Dom.child(range, "value");
        String low = Dom.attr(Dom.child(value, "low"), "value");
        String high = Dom.attr(Dom.child(value, "high"), "value");
        String text = entries.narrative().resolve(Dom.child(range, "text"));
        if (text == null && value != null && !"IVL_PQ".equals(xsiType(value))) {
            text = Dom.text(value);
        }
        return low == null && high == null && text == null ? null : new ReferenceRange(low, high, text);
    }

    static String xsiType(Element value) {
        String t = value == null ? null : value.getAttributeNS(XSI, "type");
        if (t == null || t.isBlank()) {
            if (Dom.attr(value, "code") != null) {
                return "CD";
            }
            return Dom.attr(value, "value") != null ? "PQ" : "ST";
        }
        return t.substring(t.indexOf(':') + 1).trim();
    }

    /** UCUM's "1" means unitless. */
    private static String unit(String unit) {
        return unit == null || "1".equals(unit) ? null : unit;
    }
}
