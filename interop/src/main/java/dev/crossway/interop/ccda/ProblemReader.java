package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Problems section: Problem Concern Acts (4.3) holding Problem Observations (4.4). The problem
 * is the observation's value; its code is the category (problem, diagnosis, symptom...).
 */
final class ProblemReader {

    static final String OBSERVATION = "2.16.840.1.113883.10.20.22.4.4";
    private static final String STATUS = "2.16.840.1.113883.10.20.22.4.6";
    private static final String GENERIC_PROBLEM = "55607006";

    private ProblemReader() {
    }

    static List<Problem> read(Element section, Entries entries) {
        List<Problem> out = new ArrayList<>();
        for (Element act : Entries.acts(section)) {
            List<Element> observations = Dom.hasTemplate(act, OBSERVATION) || "observation".equals(act.getLocalName())
                    ? List.of(act) : Entries.related(act, OBSERVATION);
            for (Element obs : observations) {
                out.add(problem(obs, act, entries));
            }
        }
        return out;
    }

    /** Every problem is negated and generic (55607006 "Problem"): "no known problems". */
    static boolean noKnown(List<Problem> problems) {
        return !problems.isEmpty() && problems.stream().allMatch(p -> p.negated()
                && (p.code() == null || GENERIC_PROBLEM.equals(p.code().code())));
    }

    static Problem problem(Element obs, Element concern, Entries entries) {
        Element value = Dom.child(obs, "value");
        Code status = entries.code(Dom.child(Entries.firstRelated(obs, STATUS), "value"));
        if (status == null && concern != obs && Entries.status(concern) != null) {
            status = new Code(Entries.status(concern), "2.16.840.1.113883.5.14", "ActStatus", null);
        }
        Element time = Dom.child(obs, "effectiveTime");
        return new Problem(entries.code(value), entries.translations(value), entries.code(Dom.child(obs, "code")),
                Entries.low(time), Entries.high(time), status, Entries.negated(obs));
    }
}
