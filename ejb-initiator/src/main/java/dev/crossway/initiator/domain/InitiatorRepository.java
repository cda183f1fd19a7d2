package dev.crossway.initiator.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of the initiator's entities. One repository for the module's five small tables:
 * the aggregates are independent and each needs only a few queries.
 */
public interface InitiatorRepository {

    List<CommunityLink> links(PatientKey key);

    void saveLink(CommunityLink link);

    /** The assigning authority under which {@code organizationId} gave the patient id {@code remoteId}, if a search saw it. */
    Optional<String> remoteAuthority(String organizationId, String remoteId);

    /** Remembers in which repository of {@code organizationId} a listed document lives (the latest listing wins). */
    void saveDocumentLocation(String organizationId, String documentId, String repositoryUniqueId, Instant at);

    Optional<String> documentRepository(String organizationId, String documentId);

    void saveCalls(List<EndpointCall> calls);

    List<EndpointCall> callsSince(Instant since, int max);

    List<EndpointCall> recentCalls(String url, int max);

    List<EndpointCall> callsOf(String url, Instant since, int max);

    List<PartnerEndpoint> endpoints();

    Optional<PartnerEndpoint> endpoint(String url);

    void saveEndpoint(PartnerEndpoint e);

    void deleteEndpoint(String url);

    Optional<Appointment> appointment(String id);

    Optional<Appointment> appointmentOn(String owner, PatientKey key, java.time.LocalDate day);

    /** The owner's appointments of this visit number, latest created first. */
    List<Appointment> appointmentsNumbered(String owner, String visitId);

    /** The owner's (every owner's when null) appointments of this patient, latest visit first. */
    List<Appointment> appointmentsOf(String owner, PatientKey key, int max);

    /** Appointments whose visit is at or after {@code from}, soonest first: the owner's, or every owner's when null. */
    List<Appointment> appointmentsFrom(String owner, Instant from, int max);

    /** The summary a pre-visit query left for this appointment, if it completed. */
    Optional<StoredSummary> summaryOf(String appointmentId);

    void saveAppointment(Appointment a);

    void saveSummary(StoredSummary s);

    /** The latest summary of the patient, of this owner only unless {@code owner} is null (an administrator). */
    Optional<StoredSummary> latestSummary(PatientKey key, String owner);
}
