package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Reaction;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Allergies section: Allergy Concern Acts (4.30) holding Allergy - Intolerance Observations
 * (4.7), whose value is the allergy type and whose CSM participant is the substance.
 */
final class AllergyReader {

    private static final String OBSERVATION = "2.16.840.1.113883.10.20.22.4.7";
    private static final String REACTION = "2.16.840.1.113883.10.20.22.4.9";
    private static final String SEVERITY = "2.16.840.1.113883.10.20.22.4.8";
    private static final String STATUS = "2.16.840.1.113883.10.20.22.4.28";
    private static final String GENERIC_SUBSTANCE = "105590001";

    private AllergyReader() {
    }

    static List<Allergy> read(Element section, Entries entries) {
        List<Allergy> out = new ArrayList<>();
        for (Element act : Entries.acts(section)) {
            List<Element> observations = Dom.hasTemplate(act, OBSERVATION) || "observation".equals(act.getLocalName())
                    ? List.of(act) : Entries.related(act, OBSERVATION);
            for (Element obs : observations) {
                out.add(allergy(obs, act, entries));
            }
        }
        return out;
    }

    /**
     * Every allergy is a negated one without a specific substance (none, or the generic SNOMED
     * 105590001 "Substance"): "no known (drug, food...) allergies".
     */
    static boolean noKnown(List<Allergy> allergies) {
        return !allergies.isEmpty() && allergies.stream().allMatch(a -> a.negated()
                && (a.substance() == null || GENERIC_SUBSTANCE.equals(a.substance().code())));
    }

    private static Allergy allergy(Element obs, Element concern, Entries entries) {
        Element participant = Dom.child(obs, "participant", "participantRole", "playingEntity", "code");
        List<Reaction> reactions = new ArrayList<>();
        for (Element r : Entries.related(obs, REACTION)) {
            Code c = entries.code(Dom.child(r, "value"));
            if (c != null) {
                reactions.add(new Reaction(c.code(), c.codeSystem(), c.codeSystemName(), c.name(),
                        entries.code(Dom.child(Entries.firstRelated(r, SEVERITY), "value"))));
            }
        }
        Code status = entries.code(Dom.child(Entries.firstRelated(obs, STATUS), "value"));
        if (status == null && Entries.status(concern) != null && concern != obs) {
            status = new Code(Entries.status(concern), "2.16.840.1.113883.5.14", "ActStatus", null);
        }
        Element time = Dom.child(obs, "effectiveTime");
        return new Allergy(entries.code(Dom.child(obs, "value")), entries.code(participant), reactions,
                entries.code(Dom.child(Entries.firstRelated(obs, SEVERITY), "value")), status,
                Entries.low(time), Entries.high(time), Entries.negated(obs));
    }
}
