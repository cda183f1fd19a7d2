package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.CachedPatient;
import dev.crossway.responder.domain.matching.Attribute;
import dev.crossway.responder.domain.matching.MatchDecision;
import dev.crossway.responder.domain.matching.MatchPolicy;
import dev.crossway.responder.domain.matching.MatchQuery;
import dev.crossway.responder.domain.matching.MatchScorer;
import dev.crossway.responder.domain.matching.MatchSubject;
import dev.crossway.responder.domain.matching.Names;
import dev.crossway.responder.domain.matching.QueryName;
import dev.crossway.responder.domain.matching.Score;
import dev.crossway.responder.domain.patient.MatchCandidate;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientRepository;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches a query against a stored-mode community's index. An id under the community's own
 * authority decides at once, but only when the query's family name and birth date confirm it
 * ({@link MatchPolicy#confirmsIdentifier}); an id they contradict is ignored and the query is
 * matched on its demographics alone, with a note saying so for the audit. Otherwise the candidates
 * sharing a family name key and a birth year are scored by {@link MatchPolicy}. The outcome is in
 * the identity cache's form, each patient minimised to what correlation needs ({@link #disclosed}).
 */
final class PatientIndex {

    static final String IDENTIFIER_CONTRADICTED = "identifier matched but demographics disagree: treated as demographic query";

    private final PatientRepository patients;
    private final MatchPolicy policy;

    PatientIndex(PatientRepository patients, MatchPolicy policy) {
        this.patients = patients;
        this.policy = policy;
    }

    CachedMatch match(HostedCommunity community, MatchQuery query) {
        String hcid = community.homeCommunityId().oid().value();
        List<CachedPatient> direct = new ArrayList<>();
        boolean contradicted = false;
        boolean withheld = false;
        for (PatientId id : query.subjectIds()) {
            if (id.assigningAuthority().equals(community.assigningAuthority())) {
                Optional<Patient> p = survivor(community, id);
                if (p.isEmpty() || direct.stream().anyMatch(c -> c.patientCx().equals(mainId(community, p.get()).toCx()))) {
                    continue;
                }
                MatchSubject subject = p.get().toMatchSubject();
                if (policy.confirmsIdentifier(query, subject) && p.get().isOptedOut()) {
                    withheld = true;
                } else if (policy.confirmsIdentifier(query, subject)) {
                    direct.add(disclosed(community, p.get(), MatchScorer.score(query, subject), 100));
                } else {
                    contradicted = true;
                }
            }
        }
        if (!direct.isEmpty()) {
            return new CachedMatch(hcid, CachedMatch.Kind.MATCH, direct, List.of());
        }
        CachedMatch byDemographics = demographic(community, query);
        String note = withheld || byDemographics.note() != null ? Withholding.BY_CONSENT : null;
        if (contradicted) {
            note = note == null ? IDENTIFIER_CONTRADICTED : IDENTIFIER_CONTRADICTED + "; " + note;
        }
        return note == null ? byDemographics : byDemographics.noted(note);
    }

    private CachedMatch demographic(HostedCommunity community, MatchQuery query) {
        String hcid = community.homeCommunityId().oid().value();
        Set<String> keys = new LinkedHashSet<>();
        for (QueryName n : query.names()) {
            keys.addAll(Names.keys(n.family()));
        }
        if (keys.isEmpty() || query.birthDate().isEmpty()) {
            return new CachedMatch(hcid, CachedMatch.Kind.NO_MATCH, List.of(), List.of());
        }
        var birth = query.birthDate().get();
        Map<Long, MatchCandidate> byKey = new LinkedHashMap<>();
        for (MatchCandidate p : patients.matchCandidates(community.homeCommunityId(), community.assigningAuthority(), keys,
                birth.low().getYear(), birth.high().getYear())) {
            byKey.put(p.key(), p);
        }
        // a patient who opted out of network disclosure is not a candidate: the answer is what it
        // would be without them (no match, exactly as for an unknown patient, or another patient)
        List<MatchSubject> eligible = byKey.values().stream().filter(p -> !p.optedOut()).map(MatchCandidate::toMatchSubject)
                .toList();
        MatchDecision decision = policy.decide(query, eligible);
        CachedMatch answer;
        if (decision instanceof MatchDecision.Matched m) {
            answer = new CachedMatch(hcid, CachedMatch.Kind.MATCH, m.matches().stream()
                    .map(s -> disclosed(byKey.get(s.subject().key()), s, s.percent())).toList(), List.of());
        } else if (decision instanceof MatchDecision.MoreAttributesRequested r) {
            answer = new CachedMatch(hcid, CachedMatch.Kind.MORE_ATTRIBUTES_REQUESTED, List.of(), r.attributeCodes());
        } else {
            answer = new CachedMatch(hcid, CachedMatch.Kind.NO_MATCH, List.of(), List.of());
        }
        if (eligible.size() < byKey.size()) {
            // said in the audit only when an opted-out patient would have matched or been asked about
            MatchDecision withAll = policy.decide(query, byKey.values().stream().map(MatchCandidate::toMatchSubject).toList());
            boolean wouldHave = withAll instanceof MatchDecision.Matched all
                    ? all.matches().stream().anyMatch(s -> byKey.get(s.subject().key()).optedOut())
                    : withAll instanceof MatchDecision.MoreAttributesRequested && answer.kind() == CachedMatch.Kind.NO_MATCH;
            if (wouldHave) {
                return answer.noted(Withholding.BY_CONSENT);
            }
        }
        return answer;
    }

    private Optional<Patient> survivor(HostedCommunity community, PatientId id) {
        Optional<Patient> p = patients.byIdentifier(community.homeCommunityId(), id);
        for (int hops = 0; hops < 10 && p.isPresent() && p.get().mergedInto().isPresent(); hops++) {
            p = patients.byKey(p.get().mergedInto().get());
        }
        return p.filter(Patient::isActive);
    }

    private static PatientId mainId(HostedCommunity community, Patient p) {
        return p.mainIdentifier(community.assigningAuthority());
    }

    /**
     * What an answer tells about a matched patient: what the initiator needs to correlate, and
     * nothing the query did not already show it knows. The patient id in this community (the one
     * XCA takes); the family name and birth date as the index holds them (they agreed with the
     * query, or there would be no match); the given name and gender only where the query gave them
     * and they agreed. Never the other identifiers the index holds (an MRN of another facility, an
     * SSN), the middle name, address or phones: ITI-55 does not need them for correlation, and they
     * would turn a match into a download of the record.
     */
    static CachedPatient disclosed(HostedCommunity community, Patient p, Score score, int percent) {
        return disclosed(MatchCandidate.of(p, community.assigningAuthority()), score, percent);
    }

    static CachedPatient disclosed(MatchCandidate p, Score score, int percent) {
        boolean given = score.parts().getOrDefault(Attribute.GIVEN, 0.0) >= MatchPolicy.GIVEN_AGREES;
        boolean gender = score.parts().getOrDefault(Attribute.GENDER, 0.0) == 1.0;
        return new CachedPatient(p.mainId().toCx(), List.of(), given ? p.firstName() : null, null, p.lastName(),
                gender ? p.sex().hl7() : null, p.birthDate() == null ? null : p.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE),
                null, null, null, null, List.of(), percent);
    }
}
