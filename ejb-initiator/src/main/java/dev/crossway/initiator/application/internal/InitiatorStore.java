package dev.crossway.initiator.application.internal;

import dev.crossway.interop.access.Caller;
import dev.crossway.initiator.application.Match;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.PatientLink;
import dev.crossway.initiator.domain.CommunityLink;
import dev.crossway.initiator.domain.PatientKey;
import dev.crossway.initiator.domain.StoredSummary;
import dev.crossway.initiator.infrastructure.persistence.JpaInitiatorRepository;
import dev.crossway.initiator.infrastructure.persistence.StorageJson;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Short transactions for what the long-running, transaction-less query beans keep. */
@Stateless
public class InitiatorStore {

    @PersistenceContext(unitName = "initiator")
    EntityManager em;

    /** Remembers every match as a link of the patient (touching links seen before). */
    public void saveLinks(String owner, PatientKey key, List<Match> matches, Instant at) {
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        List<CommunityLink> known = repo.links(key).stream().filter(l -> owner.equals(l.owner())).toList();
        for (Match m : matches) {
            if (m.identifiers().isEmpty()) {
                continue;
            }
            PatientId remote = m.identifiers().get(0);
            Optional<CommunityLink> same = known.stream().filter(l -> l.sameAs(m.organizationId(), remote)).findFirst();
            if (same.isPresent()) {
                same.get().seenAgain(m.organizationName(), at);
            } else {
                CommunityLink link = new CommunityLink(owner, key, m.organizationId(), m.organizationName(), remote, at);
                repo.saveLink(link);
                known = new java.util.ArrayList<>(known);
                known.add(link);
            }
        }
    }

    /** The links the caller may see: its own, or all for an administrator. */
    public List<PatientLink> links(Caller caller, PatientKey key) {
        return new JpaInitiatorRepository(em).links(key).stream().filter(l -> caller.mayRead(l.owner()))
                .map(l -> new PatientLink(l.organizationId(), l.organizationName(), l.remoteId(), l.lastSeen())).toList();
    }

    /** The patient id as {@code organizationId} knows it: {@code id} under the authority a search saw, if any. */
    public Optional<PatientId> remoteId(String organizationId, String id) {
        return new JpaInitiatorRepository(em).remoteAuthority(organizationId, id).filter(Oid::isValid)
                .map(authority -> new PatientId(id, Oid.of(authority)));
    }

    public void saveDocumentLocations(String organizationId, List<DocumentRef> documents, Instant at) {
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        documents.stream().filter(d -> d.id() != null && d.repositoryUniqueId() != null)
                .forEach(d -> repo.saveDocumentLocation(organizationId, d.id(), d.repositoryUniqueId(), at));
    }

    public Optional<String> documentRepository(String organizationId, String documentId) {
        return new JpaInitiatorRepository(em).documentRepository(organizationId, documentId);
    }

    public void saveSummary(String owner, PatientKey key, String appointmentId, MergedSummary summary, Instant at) {
        new JpaInitiatorRepository(em).saveSummary(new StoredSummary(owner, key, appointmentId, at, StorageJson.write(summary)));
    }

    public Optional<MergedSummary> latestSummary(Caller caller, PatientKey key) {
        return new JpaInitiatorRepository(em).latestSummary(key, caller.admin() ? null : caller.owner()).map(s -> StorageJson.summary(s.summaryJson()));
    }
}
