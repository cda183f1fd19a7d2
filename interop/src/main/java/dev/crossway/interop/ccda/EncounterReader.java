package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Encounter;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Encounters section: Encounter Activities (4.49), their Encounter Diagnoses (4.80, holding
 * problem observations) and the LOC participant as the location.
 */
final class EncounterReader {

    private static final String DIAGNOSIS = "2.16.840.1.113883.10.20.22.4.80";

    private EncounterReader() {
    }

    static List<Encounter> read(Element section, Entries entries) {
        List<Encounter> out = new ArrayList<>();
        for (Element act : Entries.acts(section)) {
            if ("encounter".equals(act.getLocalName())) {
                Element time = Dom.child(act, "effectiveTime");
                out.add(new Encounter(entries.code(Dom.child(act, "code")), Entries.time(time), Entries.high(time),
                        location(act), diagnoses(act, entries)));
            }
        }
        return out;
    }

    private static List<Code> diagnoses(Element act, Entries entries) {
        List<Element> observations = new ArrayList<>(Entries.related(act, ProblemReader.OBSERVATION));
        for (Element diagnosis : Entries.related(act, DIAGNOSIS)) {
            observations.addAll(Entries.related(diagnosis, ProblemReader.OBSERVATION));
        }
        List<Code> out = new ArrayList<>();
        for (Element obs : observations) {
            Code code = entries.code(Dom.child(obs, "value"));
            if (code != null) {
                out.add(code);
            }
        }
        return out;
    }

    private static String location(Element act) {
        for (Element participant : Dom.children(act, "participant")) {
            if ("LOC".equals(Dom.attr(participant, "typeCode"))) {
                Element role = Dom.child(participant, "participantRole");
                String name = Dom.text(Dom.child(role, "playingEntity", "name"));
                return name != null ? name : Dom.attr(Dom.child(role, "code"), "displayName");
            }
        }
        return null;
    }
}
