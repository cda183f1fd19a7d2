package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.ResponderField;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.xca.RepositoryUniqueId;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.responder.application.DownstreamEndpoints;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.domain.community.CommunityMode;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.ConfidentialityPolicy;
import dev.crossway.responder.domain.community.CommunitySettings;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.community.PurposeOfUsePolicy;
import dev.crossway.responder.domain.identity.IdentityStore;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates and changes hosted communities, validating the form and auditing each change. A change of
 * mode or of a downstream endpoint forgets the community's identity cache entries: they were
 * answers of another source.
 */
final class CommunityService {

    private final CommunityRepository communities;
    private final GatewayAudit audit;
    private final Clock clock;
    private final IdentityStore identities;

    CommunityService(CommunityRepository communities, GatewayAudit audit, Clock clock) {
        this(communities, audit, clock, null);
    }

    CommunityService(CommunityRepository communities, GatewayAudit audit, Clock clock, IdentityStore identities) {
        this.communities = communities;
        this.audit = audit;
        this.clock = clock;
        this.identities = identities;
    }

    HostedCommunity save(CommunityForm form, String actor) {
        HomeCommunityId hcid = Fields.community(form.homeCommunityId(), ResponderField.COMMUNITY_ID, "Community.HomeCommunityId");
        CommunitySettings settings = settings(form, hcid);
        var existing = communities.find(hcid);
        if (existing.isPresent()) {
            boolean sourceChanged = sourceChanged(existing.get(), settings);
            existing.get().change(settings, clock.instant());
            audit.admin(actor, hcid.oid().value(), null, "community updated: " + describe(settings)
                    + (sourceChanged ? "; identity cache invalidated (mode or downstream changed)" : ""));
            if (sourceChanged && identities != null) {
                identities.invalidateCommunity(hcid.oid().value());
            }
            return existing.get();
        }
        HostedCommunity c = new HostedCommunity(hcid, settings, clock.instant());
        communities.add(c);
        audit.admin(actor, hcid.oid().value(), null, "community created: " + describe(settings));
        return c;
    }

    /** Whether the answers would now come from elsewhere: another mode or another downstream endpoint. */
    static boolean sourceChanged(HostedCommunity c, CommunitySettings s) {
        return c.mode() != s.mode()
                || !Objects.equals(c.downstreamXcpd().orElse(null), s.downstreamXcpd())
                || !Objects.equals(c.downstreamXcaQuery().orElse(null), s.downstreamXcaQuery())
                || !Objects.equals(c.downstreamXcaRetrieve().orElse(null), s.downstreamXcaRetrieve());
    }

    static CommunitySettings settings(CommunityForm f, HomeCommunityId hcid) {
        String name = Fields.required(f.name(), ResponderField.COMMUNITY_NAME, "Community.Name", 255);
        var authority = Fields.oid(f.assigningAuthority(), ResponderField.COMMUNITY_ASSIGNING_AUTHORITY, "Community.AssigningAuthority");
        CommunityMode mode;
        try {
            mode = CommunityMode.parse(f.mode() == null ? "Stored" : f.mode());
        } catch (IllegalArgumentException e) {
            throw new ResponderValidationException(ResponderField.COMMUNITY_MODE, e.getMessage());
        }
        PurposeOfUsePolicy policy;
        try {
            policy = PurposeOfUsePolicy.of(f.purposesOfUse());
        } catch (IllegalArgumentException e) {
            throw new ResponderValidationException(ResponderField.COMMUNITY_PURPOSES_OF_USE, e.getMessage());
        }
        String repository = f.repositoryUniqueId() == null || f.repositoryUniqueId().isBlank() ? hcid.oid().value()
                : repository(f.repositoryUniqueId());
        DownstreamEndpoints d = f.downstream() == null ? new DownstreamEndpoints(null, null, null) : f.downstream();
        String xcpd = url(d.xcpd(), ResponderField.DOWNSTREAM_XCPD, "Community.Downstream.Xcpd");
        String query = url(d.xcaQuery(), ResponderField.DOWNSTREAM_XCA_QUERY, "Community.Downstream.XcaQuery");
        String retrieve = url(d.xcaRetrieve(), ResponderField.DOWNSTREAM_XCA_RETRIEVE, "Community.Downstream.XcaRetrieve");
        if (mode == CommunityMode.STORED && (xcpd != null || query != null || retrieve != null)) {
            throw new ResponderValidationException(ResponderField.DOWNSTREAM, "downstream endpoints are for Gateway mode only");
        }
        if (mode == CommunityMode.GATEWAY && xcpd == null) {
            throw new ResponderValidationException(ResponderField.DOWNSTREAM_XCPD, "a Gateway-mode community needs its downstream XCPD URL");
        }
        ConfidentialityPolicy confidentiality;
        try {
            confidentiality = ConfidentialityPolicy.of(f.restrictedPurposesOfUse(), f.veryRestrictedPurposesOfUse());
        } catch (IllegalArgumentException e) {
            throw new ResponderValidationException(ResponderField.COMMUNITY_RESTRICTED_PURPOSES_OF_USE, e.getMessage());
        }
        return new CommunitySettings(name, authority, mode, policy, repository, xcpd, query, retrieve, confidentiality);
    }

    private static String repository(String value) {
        try {
            return RepositoryUniqueId.of(value).value();
        } catch (IllegalArgumentException e) {
            throw new ResponderValidationException(ResponderField.COMMUNITY_REPOSITORY_ID, e.getMessage());
        }
    }

    private static String url(String value, ResponderField field, String name) {
        String v = Fields.optional(value, field, name, 500);
        if (v == null) {
            return null;
        }
        try {
            URI u = URI.create(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return v;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ResponderValidationException(field, name + " '" + v + "' is not an http(s) URL");
    }

    private static String describe(CommunitySettings s) {
        return s.name() + ", " + s.mode().label() + ", authority " + s.assigningAuthority() + ", purposes "
                + String.join("/", s.policy().codes()) + ", R disclosed for " + describe(s.confidentiality().restrictedCodes())
                + ", V disclosed for " + describe(s.confidentiality().veryRestrictedCodes());
    }

    private static String describe(java.util.List<String> purposes) {
        return purposes.isEmpty() ? "none" : String.join("/", purposes);
    }
}
