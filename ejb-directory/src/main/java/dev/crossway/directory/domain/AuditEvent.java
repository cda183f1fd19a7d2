package dev.crossway.directory.domain;

import dev.crossway.interop.id.Oid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A record that someone created, changed or withdrew one of this installation's own facilities.
 * Insert-only: there are no setters, and nothing in the application updates or deletes it.
 */
@Entity
@Table(name = "directory_audit_event")
public class AuditEvent {

    /** What was done to the facility. */
    public enum Action { CREATED, UPDATED, DEACTIVATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "actor", length = 200, nullable = false, updatable = false)
    private String actor;
    @Column(name = "action", length = 20, nullable = false, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;
    @Column(name = "organization_oid", length = 64, nullable = false, updatable = false)
    private Oid organization;
    @Column(name = "occurred", nullable = false, updatable = false)
    private Instant occurred;
    @Column(name = "summary", columnDefinition = "TEXT", updatable = false)
    private String summary;

    protected AuditEvent() {
    }

    public AuditEvent(String actor, Action action, Oid organization, Instant occurred, String summaryJson) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.organization = Objects.requireNonNull(organization, "organization");
        this.occurred = Objects.requireNonNull(occurred, "occurred");
        this.summary = summaryJson;
    }

    public Long id() { return id; }
    public String actor() { return actor; }
    public Action action() { return action; }
    public Oid organization() { return organization; }
    public Instant occurred() { return occurred; }
    public String summary() { return summary; }
}
