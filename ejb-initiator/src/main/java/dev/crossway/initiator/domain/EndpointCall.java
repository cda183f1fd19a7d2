package dev.crossway.initiator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One outbound call as recorded for endpoint health; written once, never changed. */
@Entity
@Table(name = "endpoint_call")
public class EndpointCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String url;
    @Column(name = "transaction_name", nullable = false)
    private String transaction;
    @Column(name = "organization_id")
    private String organizationId;
    @Column(name = "called_at", nullable = false)
    private Instant calledAt;
    @Column(name = "elapsed_ms", nullable = false)
    private long elapsedMs;
    @Column(nullable = false)
    private String outcome;
    @Column(name = "http_status", nullable = false)
    private int httpStatus;
    @Column(nullable = false)
    private int attempts;
    private String error;

    protected EndpointCall() {
    }

    public EndpointCall(String url, String transaction, String organizationId, Instant calledAt, long elapsedMs,
                        String outcome, int httpStatus, int attempts, String error) {
        this.url = url;
        this.transaction = transaction;
        this.organizationId = organizationId;
        this.calledAt = calledAt;
        this.elapsedMs = elapsedMs;
        this.outcome = outcome;
        this.httpStatus = httpStatus;
        this.attempts = attempts;
        this.error = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    public String url() { return url; }
    public String transaction() { return transaction; }
    public String organizationId() { return organizationId; }
    public Instant calledAt() { return calledAt; }
    public long elapsedMs() { return elapsedMs; }
    public String outcome() { return outcome; }
    public int httpStatus() { return httpStatus; }
    public String error() { return error; }
}
