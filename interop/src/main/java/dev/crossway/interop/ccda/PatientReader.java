package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Demographics;
import dev.crossway.interop.ccda.model.Identifier;
import dev.crossway.interop.ccda.model.Patient;
import dev.crossway.interop.ccda.model.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** {@code recordTarget/patientRole} into Redox's Patient: identifiers and demographics. */
final class PatientReader {

    private static final Map<String, String> SEX = Map.of("M", "Male", "F", "Female", "UN", "Other");

    private PatientReader() {
    }

    static Patient read(Element clinicalDocument) {
        Element role = Dom.child(clinicalDocument, "recordTarget", "patientRole");
        if (role == null) {
            return null;
        }
        List<Identifier> ids = new ArrayList<>();
        for (Element id : Dom.children(role, "id")) {
            Identifier identifier = People.identifier(id);
            if (identifier != null) {
                ids.add(identifier);
            }
        }
        return new Patient(ids, demographics(role));
    }

    private static Demographics demographics(Element role) {
        Element patient = Dom.child(role, "patient");
        Element name = People.preferredName(patient);
        List<String> givens = People.givens(name);
        List<String> emails = new ArrayList<>();
        String home = null;
        String mobile = null;
        String office = null;
        for (Element telecom : Dom.children(role, "telecom")) {
            String value = People.telecom(telecom);
            String use = String.valueOf(Dom.attr(telecom, "use"));
            if (value == null) {
                continue;
            }
            if (People.isEmail(telecom)) {
                emails.add(value);
            } else if (use.contains("MC") || use.contains("PG")) {
                mobile = mobile == null ? value : mobile;
            } else if (use.contains("WP")) {
                office = office == null ? value : office;
            } else {
                home = home == null ? value : home;
            }
        }
        PhoneNumber phones = home == null && mobile == null && office == null ? null : new PhoneNumber(home, mobile, office);
        return new Demographics(givens.isEmpty() ? null : givens.get(0), givens.size() > 1 ? givens.get(1) : null,
                Dom.text(Dom.child(name, "family")), Hl7Time.toIso(Dom.attr(Dom.child(patient, "birthTime"), "value")),
                sex(Dom.attr(Dom.child(patient, "administrativeGenderCode"), "code")),
                People.address(Dom.child(role, "addr")), phones, emails,
                display(Dom.child(patient, "raceCode")), display(Dom.child(patient, "ethnicGroupCode")), language(patient));
    }

    private static String sex(String code) {
        return code == null ? null : SEX.get(code);
    }

    private static String display(Element code) {
        if (code == null || Dom.nullFlavor(code) != null) {
            return null;
        }
        String name = Dom.attr(code, "displayName");
        return name != null ? name : Dom.attr(code, "code");
    }

    /** The preferred language when one is flagged, else the first. */
    private static String language(Element patient) {
        String first = null;
        for (Element lc : Dom.children(patient, "languageCommunication")) {
            String code = Dom.attr(Dom.child(lc, "languageCode"), "code");
            if (code != null && Dom.isTrue(Dom.child(lc, "preferenceInd"), "value")) {
                return code;
            }
            first = first == null ? code : first;
        }
        return first;
    }
}
