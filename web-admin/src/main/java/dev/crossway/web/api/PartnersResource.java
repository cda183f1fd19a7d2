package dev.crossway.web.api;

import dev.crossway.realm.PartnerGrants;
import dev.crossway.realm.PartnerOnboarding;
import dev.crossway.responder.application.AccessAudit;
import dev.crossway.web.access.Callers;
import dev.crossway.web.access.KeycloakManager;
import dev.crossway.web.access.LiveGrants;
import dev.crossway.web.api.dto.GrantsDto;
import dev.crossway.web.api.dto.PartnerDto;
import dev.crossway.web.api.error.ApiError;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Partner administration: onboard a partner client with its grants, read and replace the grants.
 * Keycloak keeps them (the client's grants mapper); every change is audited.
 */
@Path("/admin/partners")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PartnersResource {

    @Inject
    Callers callers;
    @Inject
    AccessAudit audit;
    @Inject
    LiveGrants live;

    @POST
    public Response onboard(PartnerDto request) {
        Requests.requireBody(request, "ClientId");
        PartnerGrants grants = grants(request.grants());
        PartnerOnboarding.Credentials issued = KeycloakManager.withPartners(p -> {
            try {
                return p.onboard(request.clientId(), null, grants);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("ClientId", e.getMessage());
            }
        });
        audit.grantsChanged(callers.current().userId(), issued.clientId(), "onboarded with grants " + grants.toJson());
        return Response.status(Response.Status.CREATED)
                .entity(new PartnerDto(issued.clientId(), issued.clientSecret(), toDto(grants))).build();
    }

    @GET
    @Path("/{clientId}/grants")
    public Response grants(@PathParam("clientId") String clientId) {
        return KeycloakManager.withPartners(p -> p.grants(clientId)).map(g -> Response.ok(toDto(g)).build())
                .orElseGet(() -> unknown(clientId));
    }

    @PUT
    @Path("/{clientId}/grants")
    public Response replace(@PathParam("clientId") String clientId, GrantsDto request) {
        PartnerGrants grants = grants(Requests.requireBody(request, "Grants"));
        if (!KeycloakManager.withPartners(p -> p.replaceGrants(clientId, grants))) {
            return unknown(clientId);
        }
        live.changed(clientId);
        audit.grantsChanged(callers.current().userId(), clientId, "grants replaced by " + grants.toJson());
        return Response.ok(toDto(grants)).build();
    }

    private static Response unknown(String clientId) {
        return ApiError.response(Response.Status.NOT_FOUND, "NotFound", "no partner client " + clientId, "ClientId");
    }

    private static PartnerGrants grants(GrantsDto g) {
        if (g == null) {
            return PartnerGrants.none();
        }
        try {
            return new PartnerGrants(g.communities(), g.organizations(), g.purposesOfUse(), g.roles(),
                    Boolean.TRUE.equals(g.initiate()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Grants", e.getMessage());
        }
    }

    static GrantsDto toDto(PartnerGrants g) {
        return new GrantsDto(g.communities(), g.organizations(), g.purposesOfUse(), g.roles(), g.initiate());
    }
}
