package dev.crossway.initiator.domain;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
