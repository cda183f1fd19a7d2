package dev.crossway.responder.domain.community;

import dev.crossway.interop.id.Oid;
import java.util.Objects;

/** Everything about a hosted community an administrator may change, already validated. */
public record CommunitySettings(String name, Oid assigningAuthority, CommunityMode mode, PurposeOfUsePolicy policy,
                                String repositoryUniqueId, String downstreamXcpd, String downstreamXcaQuery,
                                String downstreamXcaRetrieve, ConfidentialityPolicy confidentiality) {

    public CommunitySettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assigningAuthority, "assigningAuthority");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(repositoryUniqueId, "repositoryUniqueId");
        confidentiality = confidentiality == null ? ConfidentialityPolicy.WITHHOLD : confidentiality;
    }

    /** Settings that withhold every document above normal confidentiality (the default). */
    public CommunitySettings(String name, Oid assigningAuthority, CommunityMode mode, PurposeOfUsePolicy policy,
                             String repositoryUniqueId, String downstreamXcpd, String downstreamXcaQuery,
                             String downstreamXcaRetrieve) {
        this(name, assigningAuthority, mode, policy, repositoryUniqueId, downstreamXcpd, downstreamXcaQuery,
                downstreamXcaRetrieve, ConfidentialityPolicy.WITHHOLD);
    }
}
