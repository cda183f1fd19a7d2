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
import java.util.Optional;

/** A cached patient as the XCPD answer's {@code subject}, with the responding community as custodian. */
final class PatientMatches {

    private PatientMatches() {
    }

    static PatientMatch of(CachedPatient p, HomeCommunityId custodian) {
        List<String> given = new ArrayList<>();
        given.add(p.given());
        if (p.middle() != null && !p.middle().isBlank()) {
            given.add(p.middle());
        }
        PersonName name = new PersonName(given, Optional.ofNullable(p.family()), List.of(), List.of());
        List<Address> addresses = p.street() == null && p.zip() == null ? List.of()
                : List.of(Address.of(p.street() == null ? List.of() : List.of(p.street()), p.city(), p.state(), p.zip(), null));
        List<Telecom> telecoms = p.phones().stream().map(ph -> Telecom.of("tel:" + ph)).toList();
        Demographics d = new Demographics(List.of(name), MatchQueries.gender(p.sexCode()),
                Optional.ofNullable(p.birthDate()).map(Hl7Time::of), addresses, telecoms);
        return new PatientMatch(PatientId.fromCx(p.patientCx()), p.otherCx().stream().map(PatientId::fromCx).toList(), d,
                Optional.of(custodian), Optional.of(p.score()));
    }
}
