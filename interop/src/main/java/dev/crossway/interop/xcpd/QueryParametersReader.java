package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Dom.at;
import static dev.crossway.interop.xcpd.Hl7Dom.child;
import static dev.crossway.interop.xcpd.Hl7Dom.children;
import static dev.crossway.interop.xcpd.Hl7Dom.required;

import dev.crossway.interop.id.PatientId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.w3c.dom.Element;

/** Reads a {@code queryByParameter/parameterList} into {@link QueryParameters}. */
final class QueryParametersReader {

    private QueryParametersReader() {
    }

    static QueryParameters read(Element parameterList, String path) {
        List<PersonName> names = values(parameterList, "livingSubjectName", path, Hl7Reading::name);
        List<Gender> genders = values(parameterList, "livingSubjectAdministrativeGender", path, Hl7Reading::gender);
        List<Address> addresses = values(parameterList, "patientAddress", path, (e, p) -> Hl7Reading.address(e));
        List<Telecom> telecoms = values(parameterList, "patientTelecom", path, (e, p) -> Hl7Reading.telecom(e).orElse(null));
        List<PatientId> ids = values(parameterList, "livingSubjectId", path, Hl7Reading::patientId);
        List<InstanceId> providers = values(parameterList, "principalCareProviderId", path, Hl7Reading::ii);
        List<PersonName> maiden = values(parameterList, "mothersMaidenName", path, Hl7Reading::name);
        Optional<BirthTimeCriterion> birthTime = child(parameterList, "livingSubjectBirthTime")
                .map(b -> birthTime(required(b, "value", path + "/livingSubjectBirthTime"), path + "/livingSubjectBirthTime/value"));
        return new QueryParameters(names, birthTime, genders.stream().findFirst(), addresses,
                telecoms.stream().filter(t -> t != null).toList(), ids, providers, maiden.stream().findFirst());
    }

    private static BirthTimeCriterion birthTime(Element value, String path) {
        Optional<String> exact = Hl7Dom.attr(value, "value");
        if (exact.isPresent()) {
            return at(path, () -> BirthTimeCriterion.of(exact.get()));
        }
        Optional<String> low = child(value, "low").flatMap(l -> Hl7Dom.attr(l, "value"));
        Optional<String> high = child(value, "high").flatMap(h -> Hl7Dom.attr(h, "value"));
        if (low.isEmpty() && high.isEmpty()) {
            throw new XcpdMessageException(path + ": birth time has neither @value nor low/high");
        }
        return at(path, () -> BirthTimeCriterion.range(low.orElse(null), high.orElse(null)));
    }

    private static <T> List<T> values(Element list, String parameter, String path, BiFunction<Element, String, T> reader) {
        List<T> out = new ArrayList<>();
        for (Element p : children(list, parameter)) {
            String at = path + "/" + parameter + "/value";
            List<Element> values = children(p, "value");
            if (values.isEmpty()) {
                throw new XcpdMessageException(path + "/" + parameter + ": required element value is missing");
            }
            for (Element v : values) {
                out.add(reader.apply(v, at));
            }
        }
        return out;
    }
}
