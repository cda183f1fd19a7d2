package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.xcpd.Address;
import dev.crossway.interop.xcpd.Demographics;
import dev.crossway.interop.xcpd.Hl7Time;
import dev.crossway.interop.xcpd.PatientMatch;
import dev.crossway.interop.xcpd.PersonName;
import dev.crossway.interop.xcpd.Telecom;
import dev.crossway.responder.domain.identity.CachedPatient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cached patient as the XCPD answer's {@code subject}, with the responding community as custodian
 * (or the custodian a downstream gateway named); and a downstream gateway's match as a cached patient.
 */
final class PatientMatches {

    private PatientMatches() {
    }

    static PatientMatch of(CachedPatient p, HomeCommunityId custodian) {
        List<String> given = new ArrayList<>();
        if (p.given() != null && !p.given().isBlank()) {
            given.add(p.given());
        }
        if (p.middle() != null && !p.middle().isBlank()) {
            given.add(p.middle());
        }
        PersonName name = new PersonName(given, Optional.ofNullable(p.family()), List.of(), List.of());
        List<Address> addresses = p.street() == null && p.zip() == null ? List.of()
                : List.of(Address.of(p.street() == null ? List.of() : List.of(p.street()), p.city(), p.state(), p.zip(), null));
        List<Telecom> telecoms = p.phones().stream().map(ph -> Telecom.of("tel:" + ph)).toList();
        Demographics d = new Demographics(List.of(name), MatchQueries.gender(p.sexCode()),
                Optional.ofNullable(p.birthDate()).map(Hl7Time::of), addresses, telecoms);
        HomeCommunityId named = p.custodian() == null ? custodian : HomeCommunityId.of(p.custodian());
        return new PatientMatch(PatientId.fromCx(p.patientCx()), p.otherCx().stream().map(PatientId::fromCx).toList(), d,
                Optional.of(named), p.score() < 0 ? Optional.empty() : Optional.of(p.score()));
    }

    /** What the identity cache keeps of a downstream gateway's match: its ids, custodian, first name, address and phones. */
    static CachedPatient cached(PatientMatch m) {
        Demographics d = m.demographics();
        PersonName name = d.names().get(0);
        Optional<Address> address = d.addresses().stream().findFirst();
        List<String> phones = d.telecoms().stream().map(Telecom::value)
                .filter(v -> v.toLowerCase(Locale.ROOT).startsWith("tel:")).map(v -> v.substring(4)).toList();
        return new CachedPatient(m.patientId().toCx(), m.otherIds().stream().map(PatientId::toCx).toList(),
                name.given().isEmpty() ? null : name.given().get(0),
                name.given().size() > 1 ? String.join(" ", name.given().subList(1, name.given().size())) : null,
                name.family().orElse(null), d.gender().map(Enum::name).orElse(null),
                d.birthTime().map(Hl7Time::value).orElse(null),
                address.filter(a -> !a.streetLines().isEmpty()).map(a -> a.streetLines().get(0)).orElse(null),
                address.flatMap(Address::city).orElse(null), address.flatMap(Address::state).orElse(null),
                address.flatMap(Address::postalCode).orElse(null), phones, m.score().orElse(-1),
                m.custodian().map(c -> c.oid().value()).orElse(null));
    }
}
