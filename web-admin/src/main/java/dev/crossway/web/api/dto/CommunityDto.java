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
public record CommunityDto(@Schema(description = HCID) String homeCommunityId, String name,
                           @Schema(description = AUTHORITY) String assigningAuthority,
                           @Schema(enumeration = {"Stored", "Gateway"}) String mode,
                           List<String> purposesOfUse, @Schema(description = DOWNSTREAM) DownstreamDto downstream,
                           String repositoryUniqueId, Instant createdAt,
                           @Schema(description = RESTRICTED) List<String> restrictedPurposesOfUse,
                           @Schema(description = VERY_RESTRICTED) List<String> veryRestrictedPurposesOfUse) {

    static final String HCID = "OID (on input also with urn:oid:)";
    static final String AUTHORITY = "OID of the community's patient identifiers";
    static final String DOWNSTREAM = "Gateway mode only: the facility's own XCPD and XCA endpoints";
    static final String RESTRICTED = "purposes of use for which documents of confidentiality R (restricted) are disclosed;"
            + " default none (withheld from every request)";
    static final String VERY_RESTRICTED = "purposes of use for which documents of confidentiality V (very restricted) are"
            + " disclosed; default none";

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
    public record FormDto(@Schema(description = HCID) String homeCommunityId, String name,
                          @Schema(description = AUTHORITY) String assigningAuthority,
                          @Schema(enumeration = {"Stored", "Gateway"}, defaultValue = "Stored") String mode,
                          List<String> purposesOfUse, @Schema(description = DOWNSTREAM) DownstreamDto downstream,
                          @Schema(description = "defaults to the home community id") String repositoryUniqueId,
                          @Schema(description = RESTRICTED) List<String> restrictedPurposesOfUse,
                          @Schema(description = VERY_RESTRICTED) List<String> veryRestrictedPurposesOfUse) {

        public CommunityForm toForm() {
            return new CommunityForm(homeCommunityId, name, assigningAuthority, mode, purposesOfUse,
                    downstream == null ? null : downstream.toEndpoints(), repositoryUniqueId, restrictedPurposesOfUse,
                    veryRestrictedPurposesOfUse);
        }
    }
}
