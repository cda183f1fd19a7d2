package dev.crossway.web.api;

import dev.crossway.initiator.application.DeadLetterView;
import dev.crossway.initiator.application.DestinationView;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.RegisteredDestination;
import dev.crossway.initiator.application.WebhookDestinations;
import dev.crossway.interop.access.Caller;
import dev.crossway.responder.application.AdminAudit;
import dev.crossway.web.access.Callers;
import dev.crossway.web.api.dto.DeadLetterDto;
import dev.crossway.web.api.dto.DestinationDto;
import dev.crossway.web.api.error.ApiError;
import dev.crossway.web.api.error.FieldPaths;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;

/**
 * Webhook destinations of the calling client: register ({@code URL}, {@code Events}; the answer
 * alone carries the signing {@code Secret}), list, delete; and the client's dead-lettered
 * deliveries. Another client's destination is as unknown as one that never existed (404).
 * Registrations and deletions are written to the audit trail (transaction ADMIN) with the caller.
 */
@Path("/destinations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class DestinationsResource {

    @Inject
    Callers callers;
    @Inject
    WebhookDestinations destinations;
    @Inject
    AdminAudit audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(DestinationDto request) {
        Requests.requireBody(request, "URL");
        if (request.events() != null && request.events().contains(null)) {
            throw new InvalidRequestException("Events", "an event name is null");
        }
        Caller caller = callers.current();
        RegisteredDestination r;
        try {
            r = destinations.register(caller, request.url(),
                    request.events() == null ? null : new HashSet<>(request.events()));
        } catch (InitiatorValidationException e) {
            throw new InvalidRequestException(FieldPaths.of(e.field()), e.getMessage());
        }
        audit.admin(caller.userId(), "webhook destination " + r.destination().id() + " of client " + r.destination().owner()
                + " registered: " + r.destination().url() + " for " + r.destination().events());
        return Response.status(Response.Status.CREATED).entity(toDto(r.destination(), r.secret())).build();
    }

    @GET
    public List<DestinationDto> list() {
        return destinations.list(callers.current()).stream().map(d -> toDto(d, null)).toList();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return destinations.find(callers.current(), id).map(d -> Response.ok(toDto(d, null)).build())
                .orElseGet(() -> unknown(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        Caller caller = callers.current();
        return destinations.delete(caller, id).map(d -> {
            audit.admin(caller.userId(), "webhook destination " + d.id() + " of client " + d.owner() + " deleted: " + d.url());
            return Response.noContent().build();
        }).orElseGet(() -> unknown(id));
    }

    @GET
    @Path("/dead-letters")
    public List<DeadLetterDto> deadLetters(@QueryParam("max") @DefaultValue("100") int max) {
        return destinations.deadLetters(callers.current(), max).stream().map(DestinationsResource::toDto).toList();
    }

    private static Response unknown(String id) {
        return ApiError.response(Response.Status.NOT_FOUND, "NotFound", "no destination " + id, "ID");
    }

    static DestinationDto toDto(DestinationView d, String secret) {
        return new DestinationDto(d.id(), d.url(), List.copyOf(d.events()), secret, d.owner(), d.createdAt());
    }

    static DeadLetterDto toDto(DeadLetterView d) {
        return new DeadLetterDto(d.id(), d.destinationId(), d.url(), d.eventId(), d.eventType(), d.attempts(), d.lastStatus(),
                d.lastError(), d.createdAt(), d.deadSince());
    }
}
