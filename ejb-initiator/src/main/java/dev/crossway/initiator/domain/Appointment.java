package dev.crossway.initiator.domain;

import dev.crossway.interop.id.RandomUuids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A visit ahead of which the network is asked about the patient. At most one per patient and
 * visit day (UTC): the second trigger for that day finds this one. Keeps the request (JSON) so
 * the query can be re-armed after a restart.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    public static final String SCHEDULED = "Scheduled";
    public static final String RUNNING = "Running";
    public static final String COMPLETED = "Completed";
    public static final String FAILED = "Failed";
    public static final String CANCELLED = "Cancelled";

    @Id
    private String id;
    /** The Keycloak client that scheduled it; its query runs and its summary is kept on that client's behalf. */
    @Column(name = "owner")
    private String owner;
    @Column(name = "patient_key", nullable = false)
    private String patientKey;
    @Column(name = "visit_day", nullable = false)
    private LocalDate visitDay;
    @Column(name = "visit_time", nullable = false)
    private Instant visitTime;
    @Column(name = "visit_id")
    private String visitId;
    @Column(name = "query_at", nullable = false)
    private Instant queryAt;
    @Column(nullable = false)
    private String status;
    @Column(name = "request_json", nullable = false)
    private String requestJson;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    private String error;
    /** The node that holds (or last held) the claim on the run. */
    @Column(name = "claimed_by")
    private String claimedBy;
    /** Claims so far: a lease that expired without an end counts. */
    @Column(name = "attempts", nullable = false)
    private int attempts;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** Set by a claim (plain SQL, {@code JdbcAppointmentClaims}); cleared here when the appointment changes under a run. */
    @Column(name = "claim_token")
    private String claimToken;

    protected Appointment() {
    }

    public Appointment(String owner, PatientKey key, Instant visitTime, String visitId, Duration leadTime, String requestJson, Instant now) {
        this.owner = owner;
        this.id = RandomUuids.next().toString();
        this.patientKey = key.value();
        this.visitTime = visitTime;
        this.visitDay = dayOf(visitTime);
        this.visitId = visitId;
        Instant at = visitTime.minus(leadTime);
        this.queryAt = at.isBefore(now) ? now : at;
        this.status = SCHEDULED;
        this.requestJson = requestJson;
        this.createdAt = now;
    }

    public static LocalDate dayOf(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * Redox Scheduling/Cancel: no query is sent any more; a run in flight cannot complete it (its
     * claim is dropped). Results already kept stay readable.
     */
    public void cancel(String reason, Instant at) {
        status = CANCELLED;
        cancelReason = reason == null || reason.length() <= 255 ? reason : reason.substring(0, 255);
        claimToken = null;
        updatedAt = at;
    }

    /**
     * Redox Scheduling/Reschedule or Modification: the visit as it now is, queried again ahead of it
     * (a run in flight cannot complete it).
     */
    public void change(PatientKey key, Instant newVisitTime, String newVisitId, Duration leadTime, String newRequestJson, Instant now) {
        patientKey = key.value();
        visitTime = newVisitTime;
        visitDay = dayOf(newVisitTime);
        visitId = newVisitId;
        Instant at = newVisitTime.minus(leadTime);
        queryAt = at.isBefore(now) ? now : at;
        requestJson = newRequestJson;
        status = SCHEDULED;
        claimToken = null;
        attempts = 0;
        completedAt = null;
        error = null;
        cancelReason = null;
        updatedAt = now;
    }

    public boolean cancelled() {
        return CANCELLED.equals(status);
    }

    public String owner() {
        return owner;
    }

    public String id() { return id; }
    public String patientKey() { return patientKey; }
    public Instant visitTime() { return visitTime; }
    public String visitId() { return visitId; }
    public Instant queryAt() { return queryAt; }
    public String status() { return status; }
    public String requestJson() { return requestJson; }
    public Instant completedAt() { return completedAt; }
    public String error() { return error; }
    public LocalDate visitDay() { return visitDay; }
    public String claimedBy() { return claimedBy; }
    public int attempts() { return attempts; }
    public String cancelReason() { return cancelReason; }
}
