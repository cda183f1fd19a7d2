package dev.crossway.web.api;

import dev.crossway.web.api.error.InvalidRequestException;
import dev.crossway.directory.application.DirectorySync;
import dev.crossway.directory.application.SyncRunView;
import dev.crossway.directory.application.ZipCentroids;
import dev.crossway.web.api.dto.CountsDto.ZipCentroidsLoadedDto;
import dev.crossway.web.api.dto.DirectoryRunDto;
import dev.crossway.web.api.dto.DirectorySyncRequestDto;
import dev.crossway.web.api.error.ApiError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.List;

/** Administration of the directory: FHIR Bundle imports, syncs from a directory URL, the ZIP table. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DirectoryAdminResource {

    @Inject
    DirectorySync sync;

    @Inject
    ZipCentroids zips;

    @POST
    @Path("/directory/imports")
    @Consumes({MediaType.APPLICATION_JSON, "application/fhir+json", MediaType.APPLICATION_XML, "application/fhir+xml",
            MediaType.TEXT_XML})
    public Response importBundle(byte[] body, @HeaderParam("Content-Type") String contentType) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException("Bundle", "the body must be a FHIR Bundle (JSON or XML)");
        }
        return accepted(sync.importBundle(body, contentType));
    }

    @GET
    @Path("/directory/imports")
    public List<DirectoryRunDto> recent() {
        return sync.recent(20).stream().map(DirectoryAdminResource::toDto).toList();
    }

    @GET
    @Path("/directory/imports/{id}")
    public Response run(@PathParam("id") String id) {
        return sync.find(id).map(r -> Response.ok(toDto(r)).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND, "NotFound", "no import or sync " + id, "ID"));
    }

    @POST
    @Path("/directory/imports/{id}/resume")
    public Response resume(@PathParam("id") String id) {
        return accepted(sync.resume(id));
    }

    @POST
    @Path("/directory/syncs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startSync(DirectorySyncRequestDto request) {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw new InvalidRequestException("URL", "the directory base URL is required");
        }
        int pageSize = request.pageSize() == null ? 500 : request.pageSize();
        if (pageSize < 1 || pageSize > 5000) {
            throw new InvalidRequestException("PageSize", "PageSize must be between 1 and 5000");
        }
        return accepted(sync.startFromUrl(request.url(), request.apiKey(), pageSize));
    }

    @POST
    @Path("/geo/zip-centroids")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ZipCentroidsLoadedDto loadZips(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new InvalidRequestException("Body", "a CSV body zip,lat,lon,city,state is required");
        }
        int loaded = zips.load(new ByteArrayInputStream(csv));
        return new ZipCentroidsLoadedDto(loaded, zips.count());
    }

    private static Response accepted(SyncRunView run) {
        return Response.accepted(toDto(run)).build();
    }

    static DirectoryRunDto toDto(SyncRunView r) {
        return new DirectoryRunDto(r.id(), r.kind(), statusName(r.status()), r.sourceUrl(), r.pages(), r.organizations(),
                r.totalExpected(), r.errors(), r.started(), r.finished());
    }

    /** "RUNNING" → "Running", as the API contract spells statuses. */
    private static String statusName(String status) {
        return status == null || status.isEmpty() ? status
                : status.charAt(0) + status.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
