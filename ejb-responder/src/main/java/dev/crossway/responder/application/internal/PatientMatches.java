package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.xcpd.Demographics;
import dev.crossway.interop.xcpd.Hl7Time;
import dev.crossway.interop.xcpd.PatientMatch;
import dev.crossway.interop.xcpd.PersonName;
import dev.crossway.responder.domain.identity.CachedPatient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cached patient as the XCPD answer's {@code subject}, with the responding community as custodian
 * (or the custodian a downstream gateway named); and a downstream gateway's match as a cached patient.
 * Either way the subject carries what correlation needs and no more: the patient id, names, gender
 * and birth time; never other identifiers, addresses or phones (see {@link PatientIndex#disclosed}).
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
        Demographics d = new Demographics(List.of(name), MatchQueries.gender(p.sexCode()),
                Optional.ofNullable(p.birthDate()).map(Hl7Time::of), List.of(), List.of());
        HomeCommunityId named = p.custodian() == null ? custodian : HomeCommunityId.of(p.custodian());
        return new PatientMatch(PatientId.fromCx(p.patientCx()), List.of(), d, Optional.of(named),
                p.score() < 0 ? Optional.empty() : Optional.of(p.score()));
    }

    /**
     * A downstream gateway's match as we relay it: its patient id, names, gender and birth time, the
     * custodian it named (else the community asked). Other ids, addresses and phones are dropped, as
     * for our own index: the facility's gateway may be generous, we are not.
     */
    static PatientMatch minimised(PatientMatch m, HomeCommunityId community) {
        Demographics d = m.demographics();
        return new PatientMatch(m.patientId(), List.of(), new Demographics(d.names(), d.gender(), d.birthTime(), List.of(),
                List.of()), m.custodian().isPresent() ? m.custodian() : Optional.of(community), m.score());
    }

    /** What the identity cache keeps of a (minimised) downstream match: its id, custodian, first name, gender, birth time. */
    static CachedPatient cached(PatientMatch m) {
        Demographics d = m.demographics();
        PersonName name = d.names().get(0);
        return new CachedPatient(m.patientId().toCx(), List.of(),
                name.given().isEmpty() ? null : name.given().get(0),
                name.given().size() > 1 ? String.join(" ", name.given().subList(1, name.given().size())) : null,
                name.family().orElse(null), d.gender().map(Enum::name).orElse(null),
                d.birthTime().map(Hl7Time::value).orElse(null), null, null, null, null, List.of(), m.score().orElse(-1),
                m.custodian().map(c -> c.oid().value()).orElse(null));
    }
}
