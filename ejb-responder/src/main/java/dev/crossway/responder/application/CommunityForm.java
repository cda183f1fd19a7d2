package dev.crossway.responder.application;

import java.util.List;

/**
 * A hosted community as an administrator enters it. {@code mode} is "Stored" or "Gateway"; the
 * downstream endpoints only in gateway mode; {@code repositoryUniqueId} may be null (then the home
 * community id is used). {@code restrictedPurposesOfUse} and {@code veryRestrictedPurposesOfUse}: the
 * purposes of use for which documents of confidentiality R and V are disclosed (default none: withheld).
 */
public record CommunityForm(String homeCommunityId, String name, String assigningAuthority, String mode,
                            List<String> purposesOfUse, DownstreamEndpoints downstream, String repositoryUniqueId,
                            List<String> restrictedPurposesOfUse, List<String> veryRestrictedPurposesOfUse) {

    public CommunityForm {
        purposesOfUse = purposesOfUse == null ? List.of() : List.copyOf(purposesOfUse);
        restrictedPurposesOfUse = restrictedPurposesOfUse == null ? List.of() : List.copyOf(restrictedPurposesOfUse);
        veryRestrictedPurposesOfUse = veryRestrictedPurposesOfUse == null ? List.of() : List.copyOf(veryRestrictedPurposesOfUse);
    }

    /** A community that withholds every document above normal confidentiality. */
    public CommunityForm(String homeCommunityId, String name, String assigningAuthority, String mode,
                         List<String> purposesOfUse, DownstreamEndpoints downstream, String repositoryUniqueId) {
        this(homeCommunityId, name, assigningAuthority, mode, purposesOfUse, downstream, repositoryUniqueId, List.of(), List.of());
    }
}
