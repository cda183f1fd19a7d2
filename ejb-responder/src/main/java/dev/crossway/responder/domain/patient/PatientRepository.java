package dev.crossway.responder.domain.patient;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The patient index of the hosted communities. */
public interface PatientRepository {

    /** The patient holding {@code id} in this community, active or merged. */
    Optional<Patient> byIdentifier(HomeCommunityId community, PatientId id);

    Optional<Patient> byKey(long key);

    /**
     * Active patients of the community whose family name (or a part of it) is one of {@code nameKeys}
     * and who were born between the years given; read through the (name_key, birth_year) index.
     */
    List<Patient> candidates(HomeCommunityId community, Collection<String> nameKeys, int fromYear, int toYear);

    /**
     * The same patients as {@link #candidates}, as matching reads them, each named by its
     * {@link Patient#mainIdentifier main id} under {@code authority}.
     */
    default List<MatchCandidate> matchCandidates(HomeCommunityId community, Oid authority, Collection<String> nameKeys,
                                                 int fromYear, int toYear) {
        return candidates(community, nameKeys, fromYear, toYear).stream().map(p -> MatchCandidate.of(p, authority)).toList();
    }

    /** The standing of the patient holding {@code id} in this community, active or merged ({@link #byIdentifier}). */
    default Optional<PatientStanding> standingByIdentifier(HomeCommunityId community, PatientId id) {
        return byIdentifier(community, id).map(PatientStanding::of);
    }

    default Optional<PatientStanding> standingByKey(long key) {
        return byKey(key).map(PatientStanding::of);
    }

    /**
     * Patients of the community, merged ones included, whose identifier value is {@code text} or whose
     * family or given name starts with it (ignoring case); all of them (up to {@code max}) for an empty text.
     * Sorted by family and given name.
     */
    List<Patient> search(HomeCommunityId community, String text, int max);

    void add(Patient patient);
}
