package dev.crossway.responder.domain.audit;

import dev.crossway.interop.id.RandomUuids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One query or disclosure (or administrative change), written once and never changed: the entity
 * has no setter and the table refuses UPDATE and DELETE (a trigger). A request that disclosed
 * several patients writes one record per patient, sharing its request id, so that the accounting
 * of disclosures of one patient is a simple indexed read.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** Crossway's own id of this record; the disclosed documents hang from it. */
    @Column(name = "record_key", length = 36, nullable = false, updatable = false, unique = true)
    private String recordKey;

    /** Crossway's own id of the request ({@link RequestRef#id()}), shared by the records of one request. */
    @Column(name = "request_id", length = 100, nullable = false, updatable = false)
    private String requestId;

    /** The sender's WS-Addressing MessageID, as sent (up to {@value RequestRef#MAX_MESSAGE_ID} characters). */
    @Column(name = "message_id", length = RequestRef.MAX_MESSAGE_ID, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "transaction_code", length = 10, nullable = false, updatable = false)
    private Transaction transaction;

    @Column(name = "initiator_subject", length = 255, updatable = false)
    private String initiatorSubject;

    @Column(name = "initiator_organization", length = 255, updatable = false)
    private String initiatorOrganization;

    @Column(name = "initiator_hcid", length = 64, updatable = false)
    private String initiatorHcid;

    @Column(name = "purpose_of_use", length = 64, updatable = false)
    private String purposeOfUse;

    @Column(name = "community_hcid", length = 64, updatable = false)
    private String communityHcid;

    @Column(name = "patient", length = 200, updatable = false)
    private String patient;

    /** Every document unique id disclosed, in order: a child table, so no list is ever cut. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_record_document",
            joinColumns = @JoinColumn(name = "record_key", referencedColumnName = "record_key"))
    @OrderColumn(name = "position")
    @Column(name = "document_unique_id", length = 255)
    private List<String> documents = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10, nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "detail", length = 1000, updatable = false)
    private String detail;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    /** The subject of the client certificate verified in the TLS handshake; null over plain HTTP. */
    @Column(name = "client_certificate", length = 512, updatable = false)
    private String clientCertificate;

    protected AuditRecord() {
    }

    public AuditRecord(Instant at, String requestId, Transaction transaction, Initiator initiator, String communityHcid,
                       String patient, List<String> documents, Outcome outcome, String detail, String remoteAddress) {
        this(at, new RequestRef(requestId, null), transaction, initiator, communityHcid, patient, documents, outcome, detail,
                remoteAddress, null);
    }

    /** A record written over plain HTTP, or by the application itself: no client certificate. */
    public AuditRecord(Instant at, RequestRef request, Transaction transaction, Initiator initiator, String communityHcid,
                       String patient, List<String> documents, Outcome outcome, String detail, String remoteAddress) {
        this(at, request, transaction, initiator, communityHcid, patient, documents, outcome, detail, remoteAddress, null);
    }

    public AuditRecord(Instant at, String requestId, Transaction transaction, Initiator initiator, String communityHcid,
                       String patient, List<String> documents, Outcome outcome, String detail, String remoteAddress,
                       String clientCertificate) {
        this(at, new RequestRef(requestId, null), transaction, initiator, communityHcid, patient, documents, outcome, detail,
                remoteAddress, clientCertificate);
    }

    public AuditRecord(Instant at, RequestRef request, Transaction transaction, Initiator initiator, String communityHcid,
                       String patient, List<String> documents, Outcome outcome, String detail, String remoteAddress,
                       String clientCertificate) {
        this.occurredAt = at;
        this.recordKey = RandomUuids.next().toString();
        this.requestId = cut(request.id(), 100);
        this.messageId = request.messageId();
        this.transaction = transaction;
        this.initiatorSubject = cut(initiator.subject(), 255);
        this.initiatorOrganization = cut(initiator.organization(), 255);
        this.initiatorHcid = cut(initiator.homeCommunityId(), 64);
        this.purposeOfUse = cut(initiator.purposeOfUse(), 64);
        this.communityHcid = communityHcid;
        this.patient = cut(patient, 200);
        this.documents = new ArrayList<>(documents);
        this.outcome = outcome;
        this.detail = cut(detail, 1000);
        this.remoteAddress = cut(remoteAddress, 64);
        this.clientCertificate = cut(clientCertificate, 512);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public Instant at() { return occurredAt; }
    public String recordKey() { return recordKey; }
    public String requestId() { return requestId; }
    public String messageId() { return messageId; }
    public Transaction transaction() { return transaction; }
    public Initiator initiator() { return new Initiator(initiatorSubject, initiatorOrganization, initiatorHcid, purposeOfUse); }
    public String communityHcid() { return communityHcid; }
    public String patient() { return patient; }
    public List<String> documents() { return List.copyOf(documents); }
    public Outcome outcome() { return outcome; }
    public String detail() { return detail; }
    public String remoteAddress() { return remoteAddress; }
    public String clientCertificate() { return clientCertificate; }
}
