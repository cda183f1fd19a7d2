package dev.crossway.interop.ccda;

import org.w3c.dom.Element;

/** An IVL_PQ as text with its comparator kept ("&lt;=5", "&gt;100", "2-5"). */
final class Intervals {

    private Intervals() {
    }

    static String comparator(Element ivl) {
        Element lowEl = bound(ivl, "low");
        Element highEl = bound(ivl, "high");
        String low = Dom.attr(lowEl, "value");
        String high = Dom.attr(highEl, "value");
        boolean lowIsZero = low != null && low.matches("0+(\\.0+)?");
        if (high != null && (low == null || lowIsZero)) {
            return (inclusive(highEl) ? "<=" : "<") + high;
        }
        if (low != null && high == null) {
            return (inclusive(lowEl) ? ">=" : ">") + low;
        }
        if (low != null) {
            return low + "-" + high;
        }
        return Dom.attr(Dom.child(ivl, "center"), "value");
    }

    static String unit(Element ivl) {
        String unit = Dom.attr(bound(ivl, "high"), "unit");
        return unit != null ? unit : Dom.attr(bound(ivl, "low"), "unit");
    }

    private static Element bound(Element ivl, String name) {
        Element e = Dom.child(ivl, name);
        return e == null || Dom.nullFlavor(e) != null ? null : e;
    }

    /** HL7 v3: inclusive defaults to true when not stated. */
    private static boolean inclusive(Element bound) {
        return !"false".equalsIgnoreCase(Dom.attr(bound, "inclusive"));
    }
}
