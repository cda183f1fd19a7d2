package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
