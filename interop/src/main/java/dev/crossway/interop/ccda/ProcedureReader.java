package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Procedure;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Procedures section: the procedure, observation and act forms of Procedure Activity (4.14/4.13/4.12). */
final class ProcedureReader {

    private ProcedureReader() {
    }

    static List<Procedure> read(Element section, Entries entries) {
        List<Procedure> out = new ArrayList<>();
        for (Element act : Entries.acts(section)) {
            if (!"organizer".equals(act.getLocalName())) {
                Element time = Dom.child(act, "effectiveTime");
                out.add(new Procedure(entries.code(Dom.child(act, "code")), Entries.time(time), Entries.high(time),
                        Entries.status(act), entries.code(Dom.child(act, "targetSiteCode")), Entries.negated(act)));
            }
        }
        return out;
    }
}
