package dev.crossway.web.api;

import dev.crossway.interop.config.Setting;
import dev.crossway.web.api.error.InvalidRequestException;
import dev.crossway.directory.application.OrganizationPage;
import dev.crossway.directory.application.OrganizationQueries;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.application.OwnFacilities;
import dev.crossway.interop.id.Oid;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.OrganizationMessageDto;
import dev.crossway.web.api.dto.OrganizationPageDto;
import dev.crossway.web.api.dto.OrganizationQueryDto;
import dev.crossway.web.api.dto.PagingDto;
import dev.crossway.web.api.dto.PublishRequestDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The Redox Organization data model: query the directory; manage this installation's own facilities. */
@Path("/Organization")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private static final DataModel MODEL = DataModel.ORGANIZATION;

    @Inject
    OrganizationQueries queries;

    @Inject
    OwnFacilities facilities;

    @POST
    @Path("/Query")
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    public OrganizationPageDto query(OrganizationQueryDto request) {
        OrganizationQueryDto q = request == null ? new OrganizationQueryDto(null, null, null, null) : request;
        Requests.checkMeta(q.meta(), MODEL, "Query");
        OrganizationPage page = queries.search(OrganizationAssembler.toSearch(q));
        return new OrganizationPageDto(MetaDto.reply(q.meta(), MODEL.redoxName(), "QueryResponse"),
                page.organizations().stream().map(OrganizationAssembler::toDto).toList(),
                new PagingDto(page.total(), page.organizations().size(), page.offset()), page.radiusZipBasis());
    }

    @POST
    @Path("/New")
    @RolesAllowed(Roles.ADMIN)
    public Response create(OrganizationMessageDto request, @Context SecurityContext caller) {
        OrganizationMessageDto m = Requests.requireBody(request, "Organization");
        Requests.checkMeta(m.meta(), MODEL, "New");
        requireOrganization(m);
        OrganizationView created = facilities.create(OrganizationAssembler.toForm(m.organization()), actor(caller));
        return Response.status(Response.Status.CREATED)
                .entity(new OrganizationMessageDto(MetaDto.reply(m.meta(), MODEL.redoxName(), "New"), OrganizationAssembler.toDto(created)))
                .build();
    }

    @POST
    @Path("/Update")
    @RolesAllowed(Roles.ADMIN)
    public OrganizationMessageDto update(OrganizationMessageDto request, @Context SecurityContext caller) {
        OrganizationMessageDto m = Requests.requireBody(request, "Organization");
        Requests.checkMeta(m.meta(), MODEL, "Update");
        Oid oid = requireOid(m);
        OrganizationView updated = facilities.update(oid, OrganizationAssembler.toForm(m.organization()), actor(caller));
        return new OrganizationMessageDto(MetaDto.reply(m.meta(), MODEL.redoxName(), "Update"), OrganizationAssembler.toDto(updated));
    }

    @POST
    @Path("/Delete")
    @RolesAllowed(Roles.ADMIN)
    public OrganizationMessageDto delete(OrganizationMessageDto request, @Context SecurityContext caller) {
        OrganizationMessageDto m = Requests.requireBody(request, "Organization");
        Requests.checkMeta(m.meta(), MODEL, "Delete");
        OrganizationView gone = facilities.deactivate(requireOid(m), actor(caller));
        return new OrganizationMessageDto(MetaDto.reply(m.meta(), MODEL.redoxName(), "Delete"), OrganizationAssembler.toDto(gone));
    }

    @POST
    @Path("/Publish")
    @RolesAllowed(Roles.ADMIN)
    public OrganizationMessageDto publish(PublishRequestDto request) {
        PublishRequestDto m = Requests.requireBody(request, "Organization");
        Oid oid = requireOid(new OrganizationMessageDto(m.meta(), m.organization()));
        String url = m.directory() == null || m.directory().url() == null
                ? Setting.value("crossway.directory.url", "") : m.directory().url();
        if (url.isBlank()) {
            throw new InvalidRequestException("Directory.URL", "no directory URL given or configured");
        }
        String apiKey = m.directory() == null || m.directory().apiKey() == null
                ? Setting.value("crossway.directory.api-key", "") : m.directory().apiKey();
        facilities.publish(oid, url, apiKey);
        OrganizationView published = queries.find(oid).orElseThrow();
        return new OrganizationMessageDto(MetaDto.reply(m.meta(), MODEL.redoxName(), "Publish"), OrganizationAssembler.toDto(published));
    }

    private static void requireOrganization(OrganizationMessageDto m) {
        if (m.organization() == null) {
            throw new InvalidRequestException("Organization", "the Organization section is required");
        }
    }

    private static Oid requireOid(OrganizationMessageDto m) {
        requireOrganization(m);
        String oid = OrganizationAssembler.oidOf(m.organization());
        if (oid == null || oid.isBlank()) {
            throw new InvalidRequestException("Organization.Identifiers", "an identifier of IDType OID is required");
        }
        if (!Oid.isValid(oid)) {
            throw new InvalidRequestException("Organization.Identifiers", "not an OID: " + oid);
        }
        return Oid.of(oid);
    }

    private static String actor(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
