package dev.crossway.web.api;

import dev.crossway.interop.config.Setting;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.web.api.error.InvalidRequestException;
import dev.crossway.responder.application.CommunityView;
import dev.crossway.responder.application.HostedCommunities;
import dev.crossway.responder.application.IdentityCache;
import dev.crossway.responder.application.SandboxSeeder;
import dev.crossway.responder.application.TrustAnchorAdmin;
import dev.crossway.responder.application.TrustAnchorView;
import dev.crossway.web.api.error.ApiError;
import dev.crossway.web.api.dto.CommunityDto;
import dev.crossway.web.api.dto.CountsDto.IdentityCacheDto;
import dev.crossway.web.api.dto.CountsDto.SandboxSeededDto;
import dev.crossway.web.api.dto.TrustAnchorDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Administration of the responding gateway: hosted communities, trust anchors, the identity
 * cache (the audit trail is {@link AuditResource}'s).
 */
@jakarta.ws.rs.Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class ResponderAdminResource {

    @Inject
    HostedCommunities communities;
    @Inject
    TrustAnchorAdmin anchors;
    @Inject
    IdentityCache cache;
    @Inject
    SandboxSeeder seeder;

    @GET
    @jakarta.ws.rs.Path("/communities")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<CommunityDto> communities() {
        return communities.list().stream().map(CommunityDto::of).toList();
    }

    @POST
    @jakarta.ws.rs.Path("/communities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response saveCommunity(CommunityDto.FormDto form, @Context SecurityContext caller) {
        if (form == null) {
            throw new InvalidRequestException("Community", "a JSON body is required");
        }
        boolean existed = Oid.isValid(form.homeCommunityId())
                && communities.find(HomeCommunityId.of(form.homeCommunityId())).isPresent();
        CommunityView saved = communities.save(form.toForm(), caller.getUserPrincipal().getName());
        // 201 when created, 200 when an existing community's settings were replaced
        return Response.status(existed ? Response.Status.OK : Response.Status.CREATED).entity(CommunityDto.of(saved)).build();
    }

    @GET
    @jakarta.ws.rs.Path("/trust-anchors")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<TrustAnchorDto> anchors() {
        return anchors.list().stream().map(TrustAnchorDto::of).toList();
    }

    /**
     * Body: one or more PEM certificates; {@code ?label=} names them, {@code ?kind=CA|PINNED} says what
     * they are trusted for (default: CA when basicConstraints say CA=true, otherwise pinned),
     * {@code ?allowSha1=true} lets the signers they vouch for use SHA-1.
     */
    @POST
    @jakarta.ws.rs.Path("/trust-anchors")
    @Consumes({MediaType.TEXT_PLAIN, "application/x-pem-file", "application/pkix-cert"})
    @RolesAllowed(Roles.ADMIN)
    public Response addAnchor(String pem, @QueryParam("label") String label, @QueryParam("kind") String kind,
                              @QueryParam("allowSha1") String allowSha1, @Context SecurityContext caller) {
        TrustAnchorView added = anchors.add(pem, label, AnchorTerms.kind(kind), AnchorTerms.allowSha1(allowSha1),
                caller.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(TrustAnchorDto.of(added)).build();
    }

    @DELETE
    @jakarta.ws.rs.Path("/trust-anchors/{fingerprint}")
    @RolesAllowed(Roles.ADMIN)
    public Response removeAnchor(@PathParam("fingerprint") String fingerprint, @Context SecurityContext caller) {
        anchors.remove(fingerprint, caller.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @GET
    @jakarta.ws.rs.Path("/identity-cache")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public IdentityCacheDto identityCache() {
        return new IdentityCacheDto(cache.hits(), cache.misses(), cache.size());
    }

    /** Seeds the sandbox communities, patients and documents; refused outside a sandbox installation. */
    @POST
    @jakarta.ws.rs.Path("/sandbox/seed")
    @RolesAllowed(Roles.ADMIN)
    public Response seedSandbox(@Context SecurityContext caller) {
        if (!Setting.sandbox()) {
            return ApiError.response(Response.Status.FORBIDDEN, "NotASandbox", "this installation is not a sandbox", null);
        }
        String shared = Setting.value("crossway.shared", "../shared");
        seeder.seed(java.nio.file.Path.of(shared, "samples"), caller.getUserPrincipal().getName());
        return Response.ok(new SandboxSeededDto(communities.list().size())).build();
    }

}
