package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.CachedPatient;
import dev.crossway.responder.domain.matching.MatchDecision;
import dev.crossway.responder.domain.matching.MatchPolicy;
import dev.crossway.responder.domain.matching.MatchQuery;
import dev.crossway.responder.domain.matching.Names;
import dev.crossway.responder.domain.matching.QueryName;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientDemographics;
import dev.crossway.responder.domain.patient.PatientRepository;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Matches a query against a stored-mode community's index: an id under the community's own
 * authority decides at once; otherwise the candidates sharing a family name key and a birth year
 * are scored by {@link MatchPolicy}. The outcome is in the identity cache's form.
 */
final class PatientIndex {

    private final PatientRepository patients;
    private final MatchPolicy policy;

    PatientIndex(PatientRepository patients, MatchPolicy policy) {
        this.patients = patients;
        this.policy = policy;
    }

    CachedMatch match(HostedCommunity community, MatchQuery query) {
        String hcid = community.homeCommunityId().oid().value();
        List<CachedPatient> direct = new ArrayList<>();
        for (PatientId id : query.subjectIds()) {
            if (id.assigningAuthority().equals(community.assigningAuthority())) {
                survivor(community, id).ifPresent(p -> direct.add(cached(community, p, 100)));
            }
        }
        if (!direct.isEmpty()) {
            return new CachedMatch(hcid, CachedMatch.Kind.MATCH, direct, List.of());
        }
        Set<String> keys = new LinkedHashSet<>();
        for (QueryName n : query.names()) {
            keys.addAll(Names.keys(n.family()));
        }
        if (keys.isEmpty() || query.birthDate().isEmpty()) {
            return new CachedMatch(hcid, CachedMatch.Kind.NO_MATCH, List.of(), List.of());
        }
        var birth = query.birthDate().get();
        Map<Long, Patient> byKey = new LinkedHashMap<>();
        for (Patient p : patients.candidates(community.homeCommunityId(), keys, birth.low().getYear(), birth.high().getYear())) {
            byKey.put(p.id(), p);
        }
        MatchDecision decision = policy.decide(query, byKey.values().stream().map(Patient::toMatchSubject).toList());
        if (decision instanceof MatchDecision.Matched m) {
            return new CachedMatch(hcid, CachedMatch.Kind.MATCH, m.matches().stream()
                    .map(s -> cached(community, byKey.get(s.subject().key()), s.percent())).toList(), List.of());
        }
        if (decision instanceof MatchDecision.MoreAttributesRequested r) {
            return new CachedMatch(hcid, CachedMatch.Kind.MORE_ATTRIBUTES_REQUESTED, List.of(), r.attributeCodes());
        }
        return new CachedMatch(hcid, CachedMatch.Kind.NO_MATCH, List.of(), List.of());
    }

    private Optional<Patient> survivor(HostedCommunity community, PatientId id) {
        Optional<Patient> p = patients.byIdentifier(community.homeCommunityId(), id);
        for (int hops = 0; hops < 10 && p.isPresent() && p.get().mergedInto().isPresent(); hops++) {
            p = patients.byKey(p.get().mergedInto().get());
        }
        return p.filter(Patient::isActive);
    }

    static CachedPatient cached(HostedCommunity community, Patient p, int score) {
        PatientId main = p.identifierUnder(community.assigningAuthority()).orElse(p.identifiers().get(0));
        List<String> others = p.identifiers().stream().filter(i -> !i.equals(main)).map(PatientId::toCx).toList();
        PatientDemographics d = p.demographics();
        List<String> phones = Stream.of(d.homePhone(), d.mobilePhone()).filter(x -> x != null && !x.isBlank()).toList();
        return new CachedPatient(main.toCx(), others, d.firstName(), d.middleName(), d.lastName(), d.sex().hl7(),
                d.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE), d.street(), d.city(), d.state(), d.zip(), phones,
                score);
    }

}
