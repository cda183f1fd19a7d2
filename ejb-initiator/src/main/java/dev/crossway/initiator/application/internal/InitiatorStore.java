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

    /**
     * Remembers every match of a discovery as a link of the patient (touching links seen before),
     * reusable for its community's time to live, at most {@code cap}. A community in
     * {@code answered} (asked now, and it answered Matched or NoMatch) that no longer names a
     * stored id has that link made not reusable.
     */
    public void saveLinks(String owner, PatientKey key, List<Match> matches, java.util.Set<String> answered, Instant at,
                          java.time.Duration cap) {
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        List<CommunityLink> known = new java.util.ArrayList<>(repo.links(key).stream().filter(l -> owner.equals(l.owner())).toList());
        java.util.Set<CommunityLink> seen = new java.util.HashSet<>();
        for (Match m : matches) {
            if (m.identifiers().isEmpty()) {
                continue;
            }
            PatientId remote = m.identifiers().get(0);
            Optional<CommunityLink> same = known.stream().filter(l -> l.sameAs(m.organizationId(), remote)).findFirst();
            CommunityLink link = same.orElseGet(() -> {
                CommunityLink created = new CommunityLink(owner, key, m.organizationId(), m.organizationName(), remote, at);
                repo.saveLink(created);
                known.add(created);
                return created;
            });
            link.seenAgain(m.organizationName(), at, m.correlationTtl(), cap);
            seen.add(link);
        }
        known.stream().filter(l -> !seen.contains(l) && answered.contains(l.organizationId())).forEach(CommunityLink::notReusable);
    }

    /** The communities asked now that answered definitively (Matched or NoMatch): their answer replaces stored links. */
    public static java.util.Set<String> answered(List<dev.crossway.initiator.application.SourceOutcome> sources) {
        return sources.stream().filter(s -> s.storedLink() == null)
                .filter(s -> dev.crossway.initiator.application.SourceOutcome.MATCHED.equals(s.status())
                        || dev.crossway.initiator.application.SourceOutcome.NO_MATCH.equals(s.status()))
                .map(dev.crossway.initiator.application.SourceOutcome::organizationId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The owner's own links of the patient still within their time to live, by community: never
     * another client's, not even for an administrator (a link stands in for a discovery its owner made).
     */
    public java.util.Map<String, List<PatientQueryRun.StoredLink>> reusableLinks(String owner, PatientKey key, Instant now) {
        java.util.Map<String, List<PatientQueryRun.StoredLink>> byCommunity = new java.util.LinkedHashMap<>();
        new JpaInitiatorRepository(em).links(key).stream()
                .filter(l -> owner.equals(l.owner()) && l.reusableAt(now))
                .forEach(l -> byCommunity.computeIfAbsent(l.organizationId(), o -> new java.util.ArrayList<>())
                        .add(new PatientQueryRun.StoredLink(l.remoteId(), l.lastSeen(), l.validUntil())));
        return byCommunity;
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
