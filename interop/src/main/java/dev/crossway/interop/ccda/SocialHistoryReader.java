package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.SocialHistory;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Social History section: every observation entry; the smoking status one (template 4.78, or
 * LOINC 72166-2) is also given as {@code SmokingStatus} (the last one when several).
 */
final class SocialHistoryReader {

    private static final String SMOKING_STATUS = "2.16.840.1.113883.10.20.22.4.78";
    private static final String SMOKING_LOINC = "72166-2";

    private SocialHistoryReader() {
    }

    static SocialHistory read(Element section, Entries entries) {
        List<Observation> observations = new ArrayList<>();
        Observation smoking = null;
        for (Element act : Entries.acts(section)) {
            if ("observation".equals(act.getLocalName())) {
                Observation obs = Values.observation(act, entries);
                observations.add(obs);
                boolean isSmoking = Dom.hasTemplate(act, SMOKING_STATUS)
                        || obs.code() != null && SMOKING_LOINC.equals(obs.code().code());
                if (isSmoking) {
                    smoking = obs;
                }
            }
        }
        return new SocialHistory(observations, smoking);
    }
}
