package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.VitalSign;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Vital Signs section: Vital Signs Organizers (4.26) of Vital Sign Observations (4.27). */
final class VitalSignReader {

    private VitalSignReader() {
    }

    static List<VitalSign> read(Element section, Entries entries) {
        List<VitalSign> out = new ArrayList<>();
        for (Element act : Entries.acts(section)) {
            if ("organizer".equals(act.getLocalName())) {
                List<Observation> observations = ResultReader.observations(act, entries);
                String time = Entries.time(Dom.child(act, "effectiveTime"));
                if (time == null && !observations.isEmpty()) {
                    time = observations.get(0).dateTime();
                }
                out.add(new VitalSign(time, observations));
            } else if ("observation".equals(act.getLocalName())) {
                Observation obs = Values.observation(act, entries);
                out.add(new VitalSign(obs.dateTime(), List.of(obs)));
            }
        }
        return out;
    }
}
