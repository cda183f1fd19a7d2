package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.xcpd.Address;
import dev.crossway.interop.xcpd.Gender;
import dev.crossway.interop.xcpd.Hl7Time;
import dev.crossway.interop.xcpd.PersonName;
import dev.crossway.interop.xcpd.Telecom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A responder's {@code patientPerson} in the Redox demographics shape. */
final class Demographic {

    private Demographic() {
    }

    static Demographics of(List<PatientId> ids, dev.crossway.interop.xcpd.Demographics d) {
        PersonName name = d.names().get(0);
        Optional<Address> address = d.addresses().stream().findFirst();
        return new Demographics(ids,
                name.given().isEmpty() ? null : name.given().get(0),
                name.given().size() > 1 ? name.given().get(1) : null,
                name.family().orElse(null),
                d.birthTime().map(Demographic::day).orElse(null),
                d.gender().map(Demographic::sex).orElse(null),
                address.map(a -> a.streetLines().isEmpty() ? null : String.join(", ", a.streetLines())).orElse(null),
                address.flatMap(Address::city).orElse(null),
                address.flatMap(Address::state).orElse(null),
                address.flatMap(Address::postalCode).orElse(null),
                phone(d.telecoms(), "HP"),
                phone(d.telecoms(), "MC"));
    }

    private static LocalDate day(Hl7Time t) {
        String v = t.value();
        return t.precision() >= 8
                ? LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6, 8)))
                : null;
    }

    private static String sex(Gender g) {
        return switch (g) {
            case M -> "Male";
            case F -> "Female";
            case UN -> "Unknown";
        };
    }

    private static String phone(List<Telecom> telecoms, String use) {
        return telecoms.stream()
                .filter(t -> t.value().startsWith("tel:"))
                .filter(t -> t.use().map(u -> u.contains(use)).orElse("HP".equals(use)))
                .map(t -> t.value().substring(4))
                .findFirst().orElse(null);
    }
}
