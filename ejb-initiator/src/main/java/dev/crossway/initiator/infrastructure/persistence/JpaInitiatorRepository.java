package dev.crossway.initiator.infrastructure.persistence;

import dev.crossway.initiator.domain.Appointment;
import dev.crossway.initiator.domain.CommunityLink;
import dev.crossway.initiator.domain.EndpointCall;
import dev.crossway.initiator.domain.InitiatorRepository;
import dev.crossway.initiator.domain.PartnerEndpoint;
import dev.crossway.initiator.domain.PatientKey;
import dev.crossway.initiator.domain.StoredSummary;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link InitiatorRepository} over an EntityManager (container-managed in the EJBs, resource-local in tests). */
public class JpaInitiatorRepository implements InitiatorRepository {

    private final EntityManager em;

    public JpaInitiatorRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public List<CommunityLink> links(PatientKey key) {
        return em.createQuery("select l from CommunityLink l where l.patientKey = :k order by l.lastSeen desc", CommunityLink.class)
                .setParameter("k", key.value()).getResultList();
    }

    @Override
    public void saveLink(CommunityLink link) {
        em.persist(link);
    }

    @Override
    public Optional<String> remoteAuthority(String organizationId, String remoteId) {
        return em.createQuery("select l.remoteAuthority from CommunityLink l where l.organizationId = :o and l.remoteId = :r"
                        + " order by l.lastSeen desc", String.class)
                .setParameter("o", organizationId).setParameter("r", remoteId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void saveDocumentLocation(String organizationId, String documentId, String repositoryUniqueId, Instant at) {
        em.createNativeQuery("insert into document_location (organization_id, document_id, repository_unique_id, listed_at)"
                        + " values (?, ?, ?, ?) on duplicate key update repository_unique_id = values(repository_unique_id),"
                        + " listed_at = values(listed_at)")
                .setParameter(1, organizationId).setParameter(2, documentId).setParameter(3, repositoryUniqueId)
                .setParameter(4, java.sql.Timestamp.from(at)).executeUpdate();
    }

    @Override
    public Optional<String> documentRepository(String organizationId, String documentId) {
        List<?> rows = em.createNativeQuery("select repository_unique_id from document_location where organization_id = ?"
                        + " and document_id = ?")
                .setParameter(1, organizationId).setParameter(2, documentId).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    @Override
    public void saveCalls(List<EndpointCall> calls) {
        calls.forEach(em::persist);
        em.flush();
        em.clear();
    }

    @Override
    public List<EndpointCall> callsSince(Instant since, int max) {
        return em.createQuery("select c from EndpointCall c where c.calledAt >= :s order by c.calledAt desc", EndpointCall.class)
                .setParameter("s", since).setMaxResults(max).getResultList();
    }

    @Override
    public List<EndpointCall> recentCalls(String url, int max) {
        return em.createQuery("select c from EndpointCall c where c.url = :u order by c.calledAt desc", EndpointCall.class)
                .setParameter("u", url).setMaxResults(max).getResultList();
    }

    @Override
    public List<EndpointCall> callsOf(String url, Instant since, int max) {
        return em.createQuery("select c from EndpointCall c where c.url = :u and c.calledAt >= :s order by c.calledAt",
                EndpointCall.class).setParameter("u", url).setParameter("s", since).setMaxResults(max).getResultList();
    }

    @Override
    public List<PartnerEndpoint> endpoints() {
        return em.createQuery("select e from PartnerEndpoint e order by e.url", PartnerEndpoint.class).getResultList();
    }

    @Override
    public Optional<PartnerEndpoint> endpoint(String url) {
        return Optional.ofNullable(em.find(PartnerEndpoint.class, url));
    }

    @Override
    public void saveEndpoint(PartnerEndpoint e) {
        if (!em.contains(e)) {
            em.persist(e);
        }
    }

    @Override
    public void deleteEndpoint(String url) {
        endpoint(url).ifPresent(em::remove);
    }

    @Override
    public Optional<Appointment> appointment(String id) {
        return Optional.ofNullable(em.find(Appointment.class, id));
    }

    @Override
    public Optional<Appointment> appointmentOn(String owner, PatientKey key, LocalDate day) {
        return em.createQuery("select a from Appointment a where a.owner = :o and a.patientKey = :k and a.visitDay = :d", Appointment.class)
                .setParameter("o", owner).setParameter("k", key.value()).setParameter("d", day).getResultStream().findFirst();
    }

    @Override
    public List<Appointment> appointmentsNumbered(String owner, String visitId) {
        return em.createQuery("select a from Appointment a where a.owner = :o and a.visitId = :v order by a.createdAt desc",
                Appointment.class).setParameter("o", owner).setParameter("v", visitId).getResultList();
    }

    @Override
    public List<Appointment> appointmentsOf(String owner, PatientKey key, int max) {
        var q = em.createQuery("select a from Appointment a where a.patientKey = :k" + (owner == null ? "" : " and a.owner = :o")
                + " order by a.visitTime desc", Appointment.class).setParameter("k", key.value());
        if (owner != null) {
            q.setParameter("o", owner);
        }
        return q.setMaxResults(max).getResultList();
    }

    @Override
    public List<Appointment> appointmentsFrom(String owner, Instant from, int max) {
        var q = em.createQuery("select a from Appointment a where a.visitTime >= :f" + (owner == null ? "" : " and a.owner = :o")
                + " order by a.visitTime", Appointment.class).setParameter("f", from);
        if (owner != null) {
            q.setParameter("o", owner);
        }
        return q.setMaxResults(max).getResultList();
    }

    @Override
    public Optional<StoredSummary> summaryOf(String appointmentId) {
        return em.createQuery("select s from StoredSummary s where s.appointmentId = :a order by s.createdAt desc", StoredSummary.class)
                .setParameter("a", appointmentId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void saveAppointment(Appointment a) {
        if (!em.contains(a)) {
            em.persist(a);
        }
    }

    @Override
    public void saveSummary(StoredSummary s) {
        em.persist(s);
    }

    @Override
    public Optional<StoredSummary> latestSummary(PatientKey key, String owner) {
        var q = em.createQuery("select s from StoredSummary s where s.patientKey = :k"
                + (owner == null ? "" : " and s.owner = :o") + " order by s.createdAt desc", StoredSummary.class)
                .setParameter("k", key.value());
        if (owner != null) {
            q.setParameter("o", owner);
        }
        return q.setMaxResults(1).getResultStream().findFirst();
    }
}
