package dev.crossway.web.api;

import dev.crossway.web.api.dto.CallRecordDto;
import dev.crossway.web.api.dto.EndpointSettingsDto;
import dev.crossway.web.api.dto.EndpointStatsDto;
import dev.crossway.web.api.error.InvalidRequestException;
import dev.crossway.initiator.application.EndpointHealth;
import dev.crossway.initiator.application.EndpointSettingsAdmin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The network's endpoints as this gateway sees them: health, and per-endpoint settings. */
@Path("/admin/endpoints")
@Produces(MediaType.APPLICATION_JSON)
public class EndpointAdminResource {

    @Inject
    EndpointHealth health;
    @Inject
    EndpointSettingsAdmin settings;

    @GET
    @Path("/health")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<EndpointStatsDto> health(@QueryParam("hours") @DefaultValue("24") int hours) {
        return health.stats(Instant.now().minus(Duration.ofHours(Math.max(1, Math.min(hours, 24 * 31))))).stream()
                .map(EndpointStatsDto::of).toList();
    }

    @GET
    @Path("/calls")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<CallRecordDto> calls(@QueryParam("url") String url, @QueryParam("max") @DefaultValue("50") int max) {
        if (url == null || url.isBlank()) {
            throw new InvalidRequestException("url", "the endpoint URL is required");
        }
        return health.recent(url, Math.max(1, Math.min(max, 500))).stream().map(CallRecordDto::of).toList();
    }

    @GET
    @Path("/settings")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<EndpointSettingsDto> settings() {
        return settings.list().stream().map(EndpointSettingsDto::of).toList();
    }

    @POST
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public EndpointSettingsDto save(EndpointSettingsDto body) {
        if (body == null) {
            throw new InvalidRequestException("url", "a JSON body is required");
        }
        return EndpointSettingsDto.of(settings.save(body.toSettings()));
    }
}
