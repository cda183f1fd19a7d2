package dev.crossway.initiator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A merged summary kept for a patient (the result of a scheduled query), as JSON. */
@Entity
@Table(name = "stored_summary")
public class StoredSummary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The Keycloak client that scheduled the query (null: before owners were kept, administrators only). */
    @Column(name = "owner")
    private String owner;
    @Column(name = "patient_key", nullable = false)
    private String patientKey;
    @Column(name = "appointment_id")
    private String appointmentId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "summary_json", nullable = false)
    private String summaryJson;

    protected StoredSummary() {
    }

    public StoredSummary(String owner, PatientKey key, String appointmentId, Instant createdAt, String summaryJson) {
        this.owner = owner;
        this.patientKey = key.value();
        this.appointmentId = appointmentId;
        this.createdAt = createdAt;
        this.summaryJson = summaryJson;
    }

    public String owner() {
        return owner;
    }

    public String summaryJson() {
        return summaryJson;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
