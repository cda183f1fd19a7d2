package dev.crossway.interop.ccda.write;

import dev.crossway.interop.ccda.model.Observation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Observation values and quantities in their HL7 v3 types (PQ, IVL_PQ, CD, TS, BL, ST). */
final class Values {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COMPARATOR = Pattern.compile("(<=|>=|<|>)\\s*([+-]?(\\d+(\\.\\d*)?|\\.\\d+))");
    private static final Pattern RANGE = Pattern.compile("([+-]?(\\d+(\\.\\d*)?|\\.\\d+))\\s*-\\s*([+-]?(\\d+(\\.\\d*)?|\\.\\d+))");

    private Values() {
    }

    static boolean number(String s) {
        return s != null && NUMBER.matcher(s.trim()).matches();
    }

    /** "2-5" as {low, high}; null when it is not such a range. */
    static String[] range(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = RANGE.matcher(s.trim());
        return m.matches() ? new String[] {m.group(1), m.group(4)} : null;
    }

    /** A doseQuantity (IVL_PQ): a value, or a low-high range; unit "1" (unitless) left out. */
    static void dose(XmlOut out, String element, String quantity, String units) {
        if (quantity == null || quantity.isBlank()) {
            return;
        }
        String unit = units == null || units.isBlank() ? null : units.trim();
        String[] range = range(quantity);
        if (range != null) {
            out.start(element).empty("low", "value", range[0], "unit", unit).empty("high", "value", range[1], "unit", unit).end();
        } else {
            out.empty(element, "value", quantity.trim(), "unit", unit);
        }
    }

    /** An observation's {@code value} by its value type: numeric (PQ, or IVL_PQ for a comparator), coded, time, boolean or text. */
    static void value(XmlOut out, Observation o, String nameRef, boolean quantityOnly) {
        String v = o.value() == null ? null : o.value().trim();
        String type = o.valueType() == null ? "" : o.valueType().trim().toLowerCase(java.util.Locale.ROOT);
        String unit = o.units() == null || o.units().isBlank() ? "1" : o.units().trim();
        if (o.valueCode() != null && !quantityOnly) {
            Codes.cd(out, "value", o.valueCode(), null, "CD");
            return;
        }
        if (v == null || v.isEmpty()) {
            out.empty("value", "xsi:type", quantityOnly ? "PQ" : "ST", "nullFlavor", "NI");
            return;
        }
        Matcher comparator = COMPARATOR.matcher(v);
        if (number(v) && !type.startsWith("string")) {
            out.empty("value", "xsi:type", "PQ", "value", v, "unit", unit);
        } else if (comparator.matches() && !type.startsWith("string")) {
            String op = comparator.group(1);
            String bound = comparator.group(2);
            out.start("value", "xsi:type", "IVL_PQ");
            if (op.startsWith("<")) {
                out.empty("low", "value", "0", "unit", unit);
                out.empty("high", "value", bound, "unit", unit, "inclusive", op.equals("<") ? "false" : null);
            } else {
                out.empty("low", "value", bound, "unit", unit, "inclusive", op.equals(">") ? "false" : null);
            }
            out.end();
        } else if (quantityOnly) {
            throw new IllegalArgumentException("not a number: " + v);
        } else if (type.startsWith("date") && Times.readable(v)) {
            out.empty("value", "xsi:type", "TS", "value", Times.ts(v));
        } else if (type.startsWith("bool") && (v.equals("true") || v.equals("false"))) {
            out.empty("value", "xsi:type", "BL", "value", v);
        } else {
            out.start("value", "xsi:type", "ST").text(v).end();
        }
    }
}
