package dev.crossway.web.api.dto;

import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.CommunityView;
import dev.crossway.responder.application.DownstreamEndpoints;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A hosted community as the API shows it; {@code Downstream} (the facility's own XCPD and XCA
 * endpoints) only in gateway mode.
 */
@Schema
public record CommunityDto(String homeCommunityId, String name, String assigningAuthority, String mode,
                           List<String> purposesOfUse, DownstreamDto downstream, String repositoryUniqueId, Instant createdAt,
                           List<String> restrictedPurposesOfUse, List<String> veryRestrictedPurposesOfUse) {

    public static CommunityDto of(CommunityView v) {
        return new CommunityDto(v.homeCommunityId(), v.name(), v.assigningAuthority(), v.mode(), v.purposesOfUse(),
                DownstreamDto.of(v.downstream()), v.repositoryUniqueId(), v.createdAt(), v.restrictedPurposesOfUse(),
                v.veryRestrictedPurposesOfUse());
    }

    /** A gateway-mode community's downstream endpoints. */
    @Schema(name = "CommunityDownstreamDto")
    public record DownstreamDto(String xcpd, String xcaQuery, String xcaRetrieve) {

        static DownstreamDto of(DownstreamEndpoints d) {
            return d == null ? null : new DownstreamDto(d.xcpd(), d.xcaQuery(), d.xcaRetrieve());
        }

        DownstreamEndpoints toEndpoints() {
            return new DownstreamEndpoints(xcpd, xcaQuery, xcaRetrieve);
        }
    }

    /** A hosted community as an administrator enters it (what {@code POST /admin/communities} takes). */
    @Schema(name = "CommunityFormDto")
    public record FormDto(String homeCommunityId, String name, String assigningAuthority, String mode,
                          List<String> purposesOfUse, DownstreamDto downstream, String repositoryUniqueId,
                          List<String> restrictedPurposesOfUse, List<String> veryRestrictedPurposesOfUse) {

        public CommunityForm toForm() {
            return new CommunityForm(homeCommunityId, name, assigningAuthority, mode, purposesOfUse,
                    downstream == null ? null : downstream.toEndpoints(), repositoryUniqueId, restrictedPurposesOfUse,
                    veryRestrictedPurposesOfUse);
        }
    }
}
