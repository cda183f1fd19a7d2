package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.id.Oid;
import dev.crossway.responder.domain.patient.MatchCandidate;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientStanding;
import dev.crossway.responder.domain.patient.Sex;
import dev.crossway.responder.domain.patient.PatientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

    @PersistenceContext(unitName = "responder")
    private EntityManager em;

    protected JpaPatientRepository() {
    }

    public JpaPatientRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Patient> byIdentifier(HomeCommunityId community, PatientId id) {
        List<Number> keys = em.createNativeQuery("select patient_id from patient_identifier where community_hcid = ?1"
                        + " and assigning_authority = ?2 and id_value = ?3")
                .setParameter(1, community.oid().value())
                .setParameter(2, id.assigningAuthority().value())
                .setParameter(3, id.value())
                .getResultList();
        return keys.isEmpty() ? Optional.empty() : byKey(keys.get(0).longValue());
    }

    @Override
    public Optional<Patient> byKey(long key) {
        return Optional.ofNullable(em.find(Patient.class, key));
    }

    @Override
    public List<Patient> candidates(HomeCommunityId community, Collection<String> nameKeys, int fromYear, int toYear) {
        if (nameKeys.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("select distinct k.patient_id from patient_name_key k"
                        + " join patient p on p.id = k.patient_id"
                        + " where k.name_key in (?1) and k.birth_year between ?2 and ?3"
                        + " and p.community_hcid = ?4 and p.active = true")
                .setParameter(1, List.copyOf(nameKeys))
                .setParameter(2, fromYear)
                .setParameter(3, toYear)
                .setParameter(4, community.oid().value())
                .setMaxResults(200)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultList();
    }

    /**
     * One statement: the candidates' rows with their id under {@code authority}, instead of the ids,
     * then the entities, then their identifier and name-key collections (four round trips, and
     * collections matching never reads). A candidate with no id or several ids under the authority
     * (not something the store writes) is loaded as an entity, so that it is named exactly as
     * {@link Patient#mainIdentifier} names it.
     */
    @Override
    public List<MatchCandidate> matchCandidates(HomeCommunityId community, Oid authority, Collection<String> nameKeys,
                                                int fromYear, int toYear) {
        if (nameKeys.isEmpty()) {
            return List.of();
        }
        // one parameter per key, not a list parameter (whose SQL Hibernate rewrites and plans again at each
        // execution); the date as text and the flag as a number: the same Java types whatever the driver and zone
        List<String> keys = List.copyOf(nameKeys);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(5 + i);
        }
        Query q = em.createNativeQuery("select p.id, p.first_name, p.middle_name, p.last_name,"
                + " cast(p.birth_date as char(10)), p.sex, p.street, p.zip, p.home_phone, p.mobile_phone,"
                + " cast(p.opted_out as signed),"
                + " (select min(i.id_value) from patient_identifier i where i.patient_id = p.id and i.assigning_authority = ?4),"
                + " (select count(*) from patient_identifier i where i.patient_id = p.id and i.assigning_authority = ?4)"
                + " from patient p where p.id in (select k.patient_id from patient_name_key k"
                + " where k.name_key in (" + in + ") and k.birth_year between ?1 and ?2)"
                + " and p.community_hcid = ?3 and p.active = true order by p.id")
                .setParameter(1, fromYear)
                .setParameter(2, toYear)
                .setParameter(3, community.oid().value())
                .setParameter(4, authority.value())
                .setMaxResults(200);
        for (int i = 0; i < keys.size(); i++) {
            q.setParameter(5 + i, keys.get(i));
        }
        List<Object[]> rows = q.getResultList();
        List<MatchCandidate> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long key = ((Number) r[0]).longValue();
            if (r[11] == null || ((Number) r[12]).longValue() != 1) {
                byKey(key).ifPresent(p -> found.add(MatchCandidate.of(p, authority)));
                continue;
            }
            found.add(new MatchCandidate(key, (String) r[1], (String) r[2], (String) r[3], LocalDate.parse((String) r[4]),
                    Sex.valueOf((String) r[5]), (String) r[6], (String) r[7], (String) r[8], (String) r[9], ((Number) r[10]).intValue() != 0,
                    new PatientId((String) r[11], authority)));
        }
        return found;
    }

    /** One statement on the patient row (the identifier's unique key, then the patient's primary key). */
    @Override
    public Optional<PatientStanding> standingByIdentifier(HomeCommunityId community, PatientId id) {
        List<Object[]> rows = em.createNativeQuery("select " + STANDING
                        + " from patient_identifier i join patient p on p.id = i.patient_id"
                        + " where i.community_hcid = ?1 and i.assigning_authority = ?2 and i.id_value = ?3")
                .setParameter(1, community.oid().value())
                .setParameter(2, id.assigningAuthority().value())
                .setParameter(3, id.value())
                .getResultList();
        return rows.stream().findFirst().map(JpaPatientRepository::standing);
    }

    @Override
    public Optional<PatientStanding> standingByKey(long key) {
        List<Object[]> rows = em.createNativeQuery("select " + STANDING + " from patient p where p.id = ?1")
                .setParameter(1, key)
                .getResultList();
        return rows.stream().findFirst().map(JpaPatientRepository::standing);
    }

    /** The columns of a {@link PatientStanding}, the flags as numbers (one Java type whatever the driver maps BOOLEAN to). */
    private static final String STANDING = "p.id, p.survivor_id, cast(p.active as signed), cast(p.opted_out as signed)";

    private static PatientStanding standing(Object[] r) {
        return new PatientStanding(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue() != 0, ((Number) r[3]).intValue() != 0);
    }

    @Override
    public List<Patient> search(HomeCommunityId community, String text, int max) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return em.createQuery("select p from Patient p where p.communityHcid = :c order by p.lastName, p.firstName, p.id",
                    Patient.class).setParameter("c", community.oid().value()).setMaxResults(max).getResultList();
        }
        List<Number> byId = em.createNativeQuery("select patient_id from patient_identifier where community_hcid = ?1"
                        + " and id_value = ?2")
                .setParameter(1, community.oid().value()).setParameter(2, t).getResultList();
        String prefix = t.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select p from Patient p where p.communityHcid = :c and (p.id in :ids"
                                + " or lower(p.lastName) like :prefix or lower(p.firstName) like :prefix)"
                                + " order by p.lastName, p.firstName, p.id", Patient.class)
                .setParameter("c", community.oid().value())
                .setParameter("ids", byId.isEmpty() ? List.of(-1L) : byId.stream().map(Number::longValue).toList())
                .setParameter("prefix", prefix)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void add(Patient patient) {
        em.persist(patient);
    }
}
