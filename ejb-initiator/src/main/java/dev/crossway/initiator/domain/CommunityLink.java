package dev.crossway.initiator.domain;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A community that said it knows our patient, under its own identifier. Identity: patient key,
 * community and remote identifier; seen again, it is only touched.
 */
@Entity
@Table(name = "patient_link")
public class CommunityLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The Keycloak client whose discovery found it (null: before owners were kept, administrators only). */
    @Column(name = "owner")
    private String owner;
    @Column(name = "patient_key", nullable = false)
    private String patientKey;
    @Column(name = "organization_id", nullable = false)
    private String organizationId;
    @Column(name = "organization_name")
    private String organizationName;
    @Column(name = "remote_id", nullable = false)
    private String remoteId;
    @Column(name = "remote_authority", nullable = false)
    private String remoteAuthority;
    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;
    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;
    /** The community's CorrelationTimeToLive at the last discovery, in seconds (null: none announced). */
    @Column(name = "time_to_live_s")
    private Long timeToLiveSeconds;
    /** Until when the link may stand in for asking the community again (null: not reusable). */
    @Column(name = "valid_until")
    private Instant validUntil;

    protected CommunityLink() {
    }

    public CommunityLink(String owner, PatientKey key, String organizationId, String organizationName, PatientId remote, Instant seen) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.patientKey = Objects.requireNonNull(key, "key").value();
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.organizationName = organizationName;
        this.remoteId = remote.value();
        this.remoteAuthority = remote.assigningAuthority().value();
        this.firstSeen = seen;
        this.lastSeen = seen;
    }

    public void seenAgain(String name, Instant at) {
        if (name != null) {
            organizationName = name;
        }
        lastSeen = at;
    }

    /**
     * Seen by a discovery at {@code at}; reusable for the community's time to live, at most
     * {@code cap}. No time to live (or a zero cap): not reusable.
     */
    public void seenAgain(String name, Instant at, Duration timeToLive, Duration cap) {
        seenAgain(name, at);
        Duration ttl = timeToLive == null ? null : (timeToLive.compareTo(cap) > 0 ? cap : timeToLive);
        timeToLiveSeconds = timeToLive == null ? null : timeToLive.getSeconds();
        validUntil = ttl == null || ttl.isZero() || ttl.isNegative() ? null : at.plus(ttl);
    }

    /** The community was asked again and no longer named this id: the link is kept, but not reused. */
    public void notReusable() {
        validUntil = null;
    }

    public boolean reusableAt(Instant now) {
        return validUntil != null && validUntil.isAfter(now);
    }

    public Instant validUntil() {
        return validUntil;
    }

    public boolean sameAs(String organization, PatientId remote) {
        return organizationId.equals(organization) && remoteId.equals(remote.value())
                && remoteAuthority.equals(remote.assigningAuthority().value());
    }

    public String owner() {
        return owner;
    }

    public String organizationId() {
        return organizationId;
    }

    public String organizationName() {
        return organizationName;
    }

    public PatientId remoteId() {
        return new PatientId(remoteId, Oid.of(remoteAuthority));
    }

    public Instant lastSeen() {
        return lastSeen;
    }
}
