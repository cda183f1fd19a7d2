package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Dom.at;
import static dev.crossway.interop.xcpd.Hl7Dom.attr;
import static dev.crossway.interop.xcpd.Hl7Dom.child;
import static dev.crossway.interop.xcpd.Hl7Dom.children;
import static dev.crossway.interop.xcpd.Hl7Dom.required;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads one {@code controlActProcess/subject} (registrationEvent) of an XCPD response. */
final class PatientMatchReader {

    private PatientMatchReader() {
    }

    static PatientMatch read(Element subject, String path) {
        String ev = path + "/registrationEvent";
        Element event = required(subject, "registrationEvent", path);
        String pp = ev + "/subject1/patient";
        Element patient = required(required(event, "subject1", ev), "patient", ev + "/subject1");
        PatientId id = Hl7Reading.patientId(required(patient, "id", pp), pp + "/id");
        String personPath = pp + "/patientPerson";
        Element person = required(patient, "patientPerson", pp);
        Optional<HomeCommunityId> custodian = child(event, "custodian").flatMap(c -> child(c, "assignedEntity"))
                .flatMap(a -> child(a, "id")).flatMap(i -> attr(i, "root"))
                .map(root -> at(ev + "/custodian/assignedEntity/id", () -> HomeCommunityId.of(root)));
        Optional<Integer> score = child(patient, "subjectOf1").flatMap(s -> child(s, "queryMatchObservation"))
                .flatMap(o -> child(o, "value")).flatMap(v -> attr(v, "value"))
                .map(v -> at(pp + "/subjectOf1/queryMatchObservation/value", () -> parseScore(v)));
        return at(pp, () -> new PatientMatch(id, otherIds(person, personPath), demographics(person, personPath), custodian, score));
    }

    private static Demographics demographics(Element person, String path) {
        List<PersonName> names = children(person, "name").stream().map(n -> Hl7Reading.name(n, path + "/name")).toList();
        Optional<Gender> gender = child(person, "administrativeGenderCode").map(g -> Hl7Reading.gender(g, path + "/administrativeGenderCode"));
        Optional<Hl7Time> birth = child(person, "birthTime").map(b -> Hl7Reading.time(b, path + "/birthTime"));
        List<Address> addresses = children(person, "addr").stream().map(Hl7Reading::address).toList();
        List<Telecom> telecoms = children(person, "telecom").stream().map(Hl7Reading::telecom).flatMap(Optional::stream).toList();
        return at(path, () -> new Demographics(names, gender, birth, addresses, telecoms));
    }

    private static List<PatientId> otherIds(Element person, String path) {
        List<PatientId> ids = new ArrayList<>();
        for (Element other : children(person, "asOtherIDs")) {
            for (Element id : children(other, "id")) {
                if (attr(id, "root").isPresent() && attr(id, "extension").isPresent()) {
                    ids.add(Hl7Reading.patientId(id, path + "/asOtherIDs/id"));
                }
            }
        }
        return ids;
    }

    private static Integer parseScore(String v) {
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("match score '" + v + "' is not an integer");
        }
    }
}
