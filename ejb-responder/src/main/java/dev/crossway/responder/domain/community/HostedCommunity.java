package dev.crossway.responder.domain.community;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A community whose queries Crossway answers. Its home community id is its identity on the
 * network and the primary key; its assigning authority is the domain of the patient ids it
 * hands out; its purpose-of-use policy applies to every initiator alike.
 */
@Entity
@Table(name = "hosted_community")
// read on every gateway request, changed by an administrator now and then: second-level cached
// (Infinispan, invalidated across the cluster on change), so routing costs no SELECT
@Cacheable
public class HostedCommunity {

    @Id
    @Column(name = "hcid", length = 64)
    private String hcid;

    @Version
    @Column(name = "version")
    private long version;

    @Column(name = "name", length = 255, nullable = false)
    private String name;

    @Column(name = "assigning_authority", length = 64, nullable = false)
    private String assigningAuthority;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", length = 10, nullable = false)
    private CommunityMode mode;

    /** Comma-separated purpose-of-use codes. */
    @Column(name = "purposes_of_use", length = 500, nullable = false)
    private String purposesOfUse;

    @Column(name = "repository_unique_id", length = 64, nullable = false)
    private String repositoryUniqueId;

    @Column(name = "downstream_xcpd", length = 500)
    private String downstreamXcpd;

    @Column(name = "downstream_xca_query", length = 500)
    private String downstreamXcaQuery;

    @Column(name = "downstream_xca_retrieve", length = 500)
    private String downstreamXcaRetrieve;

    /** Comma-separated purposes for which restricted (R) documents are disclosed; empty: never. */
    @Column(name = "restricted_purposes", length = 500, nullable = false)
    private String restrictedPurposes = "";

    @Column(name = "very_restricted_purposes", length = 500, nullable = false)
    private String veryRestrictedPurposes = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected HostedCommunity() {
    }

    public HostedCommunity(HomeCommunityId hcid, CommunitySettings settings, Instant now) {
        this.hcid = Objects.requireNonNull(hcid, "hcid").oid().value();
        this.createdAt = now;
        change(settings, now);
    }

    /** Replaces every setting; the home community id never changes. */
    public final void change(CommunitySettings s, Instant now) {
        this.name = s.name();
        this.assigningAuthority = s.assigningAuthority().value();
        this.mode = s.mode();
        this.purposesOfUse = String.join(",", s.policy().codes());
        this.repositoryUniqueId = s.repositoryUniqueId();
        this.downstreamXcpd = s.downstreamXcpd();
        this.downstreamXcaQuery = s.downstreamXcaQuery();
        this.downstreamXcaRetrieve = s.downstreamXcaRetrieve();
        this.restrictedPurposes = String.join(",", s.confidentiality().restrictedCodes());
        this.veryRestrictedPurposes = String.join(",", s.confidentiality().veryRestrictedCodes());
        this.updatedAt = now;
    }

    public HomeCommunityId homeCommunityId() {
        return HomeCommunityId.of(hcid);
    }

    public String name() {
        return name;
    }

    public Oid assigningAuthority() {
        return Oid.of(assigningAuthority);
    }

    public CommunityMode mode() {
        return mode;
    }

    /**
     * The confidentiality policies by the codes they are stored as, parsed once rather than at every
     * request (the purpose-of-use policy likewise, {@link PurposeOfUsePolicy#stored(String)}). A few
     * entries in practice; emptied should edits ever make it large.
     */
    private static final Map<List<String>, ConfidentialityPolicy> CONFIDENTIALITY = new ConcurrentHashMap<>();
    private static final int PARSED_MAX = 1024;

    public PurposeOfUsePolicy policy() {
        return PurposeOfUsePolicy.stored(purposesOfUse);
    }

    public ConfidentialityPolicy confidentiality() {
        if (CONFIDENTIALITY.size() > PARSED_MAX) {
            CONFIDENTIALITY.clear();
        }
        String restricted = restrictedPurposes == null ? "" : restrictedPurposes;
        String veryRestricted = veryRestrictedPurposes == null ? "" : veryRestrictedPurposes;
        return CONFIDENTIALITY.computeIfAbsent(List.of(restricted, veryRestricted),
                k -> ConfidentialityPolicy.of(split(restricted), split(veryRestricted)));
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
    }

    public String repositoryUniqueId() {
        return repositoryUniqueId;
    }

    public Optional<String> downstreamXcpd() {
        return Optional.ofNullable(downstreamXcpd);
    }

    public Optional<String> downstreamXcaQuery() {
        return Optional.ofNullable(downstreamXcaQuery);
    }

    public Optional<String> downstreamXcaRetrieve() {
        return Optional.ofNullable(downstreamXcaRetrieve);
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostedCommunity c && hcid.equals(c.hcid);
    }

    @Override
    public int hashCode() {
        return hcid.hashCode();
    }
}
