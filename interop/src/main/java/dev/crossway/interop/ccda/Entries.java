package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * What every section reader needs from an entry: its act, codes (named from displayName or
 * the narrative the originalText points at), times, status, negation and nested templates.
 * One instance per document, because narrative references are resolved document-wide.
 */
final class Entries {

    private final Narrative narrative;

    Entries(Narrative narrative) {
        this.narrative = narrative;
    }

    Narrative narrative() {
        return narrative;
    }

    /** The clinical statement of each {@code entry} of a section. */
    static List<Element> acts(Element section) {
        List<Element> out = new ArrayList<>();
        for (Element entry : Dom.children(section, "entry")) {
            List<Element> acts = Dom.children(entry);
            acts.removeIf(e -> "templateId".equals(e.getLocalName()));
            if (!acts.isEmpty()) {
                out.add(acts.get(0));
            }
        }
        return out;
    }

    /** Statements nested under {@code entryRelationship} or {@code component} carrying the template. */
    static List<Element> related(Element act, String templateRoot) {
        List<Element> out = new ArrayList<>();
        for (Element rel : Dom.children(act)) {
            if ("entryRelationship".equals(rel.getLocalName()) || "component".equals(rel.getLocalName())) {
                for (Element stmt : Dom.children(rel)) {
                    if (templateRoot == null || Dom.hasTemplate(stmt, templateRoot)) {
                        out.add(stmt);
                    }
                }
            }
        }
        return out;
    }

    static Element firstRelated(Element act, String templateRoot) {
        List<Element> found = related(act, templateRoot);
        return found.isEmpty() ? null : found.get(0);
    }

    static boolean negated(Element act) {
        return Dom.isTrue(act, "negationInd");
    }

    static String status(Element act) {
        return Dom.attr(Dom.child(act, "statusCode"), "code");
    }

    /** A point in time: {@code effectiveTime/@value}, else its low (or center) bound. */
    static String time(Element effectiveTime) {
        String v = Dom.attr(effectiveTime, "value");
        if (v == null) {
            v = Dom.attr(Dom.child(effectiveTime, "low"), "value");
        }
        if (v == null) {
            v = Dom.attr(Dom.child(effectiveTime, "center"), "value");
        }
        return Hl7Time.toIso(v);
    }

    static String low(Element effectiveTime) {
        return time(effectiveTime);
    }

    static String high(Element effectiveTime) {
        return Hl7Time.toIso(Dom.attr(Dom.child(effectiveTime, "high"), "value"));
    }

    /**
     * A CD as a {@link Code}. A nullFlavored code gives way to its first real translation (the
     * "OTH + translation" pattern); nothing usable at all gives null.
     */
    Code code(Element cd) {
        if (cd == null) {
            return null;
        }
        String name = Dom.attr(cd, "displayName");
        if (name == null) {
            name = narrative.resolve(Dom.child(cd, "originalText"));
        }
        if (Dom.nullFlavor(cd) != null || Dom.attr(cd, "code") == null) {
            for (Code t : translations(cd)) {
                return t;
            }
            return name == null ? null : new Code(null, null, null, name);
        }
        String system = Dom.attr(cd, "codeSystem");
        String systemName = Dom.attr(cd, "codeSystemName");
        return new Code(Dom.attr(cd, "code"), system, systemName != null ? systemName : CodeSystems.name(system), name);
    }

    /**
     * Why an act was (not) done: an Immunization Refusal Reason (its code is the reason), a
     * QRDA "reason" observation or any RSON relationship (their value is the reason).
     */
    Code reason(Element act) {
        for (Element rel : Dom.children(act, "entryRelationship")) {
            for (Element stmt : Dom.children(rel)) {
                if (Dom.hasTemplate(stmt, "2.16.840.1.113883.10.20.22.4.53")) {
                    return code(Dom.child(stmt, "code"));
                }
                if ("RSON".equals(Dom.attr(rel, "typeCode")) || Dom.hasTemplate(stmt, "2.16.840.1.113883.10.20.24.3.88")) {
                    Code value = code(Dom.child(stmt, "value"));
                    return value != null ? value : code(Dom.child(stmt, "code"));
                }
            }
        }
        return null;
    }

    /** A dose ({@code doseQuantity}) as quantity and units; a range as "low-high". */
    static Quantity quantity(Element pq) {
        if (pq == null || Dom.nullFlavor(pq) != null) {
            return null;
        }
        String value = Dom.attr(pq, "value");
        String unit = Dom.attr(pq, "unit");
        if (value == null && Dom.child(pq, "low") != null) {
            value = Intervals.comparator(pq);
            unit = Intervals.unit(pq);
        }
        if (value == null) {
            return null;
        }
        return new Quantity(value, unit == null || "1".equals(unit) ? null : unit);
    }

    List<Code> translations(Element cd) {
        List<Code> out = new ArrayList<>();
        for (Element t : Dom.children(cd, "translation")) {
            if (Dom.nullFlavor(t) == null && Dom.attr(t, "code") != null) {
                out.add(code(t));
            }
        }
        return out;
    }
}
