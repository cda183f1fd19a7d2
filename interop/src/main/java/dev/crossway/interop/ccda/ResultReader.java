package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Result;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Results section: Result Organizers (4.1, the panel) with Result Observations (4.2). A bare
 * observation entry becomes a panel of one. A pending panel keeps its "active" status and
 * its observations without values.
 */
final class ResultReader {

    private ResultReader() {
    }

    static List<Result> read(Element section, Entries entries) {
        List<Result> out = new ArrayList<>();
        for (Element act : Entries.acts(section)) {
            if ("organizer".equals(act.getLocalName())) {
                out.add(new Result(entries.code(Dom.child(act, "code")), Entries.status(act),
                        Entries.time(Dom.child(act, "effectiveTime")), observations(act, entries)));
            } else if ("observation".equals(act.getLocalName())) {
                Observation obs = Values.observation(act, entries);
                out.add(new Result(obs.code(), obs.status(), obs.dateTime(), List.of(obs)));
            }
        }
        return out;
    }

    static List<Observation> observations(Element organizer, Entries entries) {
        List<Observation> out = new ArrayList<>();
        for (Element component : Dom.children(organizer, "component")) {
            Element obs = Dom.child(component, "observation");
            if (obs != null) {
                out.add(Values.observation(obs, entries));
            }
        }
        return out;
    }
}
