package dev.crossway.web.api;

import dev.crossway.interop.config.Setting;
import dev.crossway.web.api.error.InvalidRequestException;
import dev.crossway.directory.application.OrganizationPage;
import dev.crossway.directory.application.OrganizationQueries;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.application.OwnFacilities;
import dev.crossway.interop.id.Oid;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.OrganizationDto;
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
import java.util.ArrayList;
import java.util.List;

/** The Redox Organization data model: query the directory; manage this installation's own facilities. */
@Path("/Organization")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private static final DataModel MODEL = DataModel.ORGANIZATION;
    /** Redox's {@code Directory}: the directory this installation reads and publishes to. */
    static final String DIRECTORY = "Carequality";
    /**
     * Organizations one New, Update or Delete may carry: one, so that a message is written whole or
     * not at all (Redox's examples send one per message).
     */
    private static final int MAX_PER_MESSAGE = 1;

    @Inject
    OrganizationQueries queries;

    @Inject
    OwnFacilities facilities;

    @POST
    @Path("/Query")
    @RolesAllowed({Roles.PARTNER, Roles.ADMIN})
    public OrganizationPageDto query(OrganizationQueryDto request) {
        OrganizationQueryDto q = request == null ? new OrganizationQueryDto(null, null, null, null) : request;
        if (q.directory() != null && !q.directory().isBlank() && !DIRECTORY.equalsIgnoreCase(q.directory().strip())) {
            throw new InvalidRequestException("Directory", "the only directory is " + DIRECTORY);
        }
        Requests.checkMeta(q.meta(), MODEL, "Query");
        OrganizationPage page = queries.search(OrganizationAssembler.toSearch(q));
        return new OrganizationPageDto(MetaDto.reply(q.meta(), MODEL.redoxName(), "QueryResponse"), DIRECTORY,
                page.organizations().stream().map(OrganizationAssembler::toDto).toList(),
                new PagingDto(page.total(), page.organizations().size(), page.offset()), page.radiusZipBasis());
    }

    @POST
    @Path("/New")
    @RolesAllowed(Roles.ADMIN)
    public Response create(OrganizationMessageDto request, @Context SecurityContext caller) {
        OrganizationMessageDto m = Requests.requireBody(request, "Organization");
        Requests.checkMeta(m.meta(), MODEL, "New");
        List<OrganizationView> created = new ArrayList<>();
        for (OrganizationDto o : organizations(m)) {
            created.add(facilities.create(OrganizationAssembler.toForm(o), actor(caller)));
        }
        return Response.status(Response.Status.CREATED).entity(reply(m, "New", created)).build();
    }

    /**
     * Updates each organization named by its OID; one sent with {@code Active: false} is then marked
     * inactive, which is how Redox's Organization model deletes.
     */
    @POST
    @Path("/Update")
    @RolesAllowed(Roles.ADMIN)
    public OrganizationMessageDto update(OrganizationMessageDto request, @Context SecurityContext caller) {
        OrganizationMessageDto m = Requests.requireBody(request, "Organization");
        Requests.checkMeta(m.meta(), MODEL, "Update");
        List<OrganizationView> updated = new ArrayList<>();
        List<OrganizationDto> given = organizations(m);
        for (int i = 0; i < given.size(); i++) {
            OrganizationDto o = given.get(i);
            Oid oid = requireOid(o, i);
            OrganizationView v = facilities.update(oid, OrganizationAssembler.toForm(o), actor(caller));
            updated.add(Boolean.FALSE.equals(o.active()) ? facilities.deactivate(oid, actor(caller)) : v);
        }
        return reply(m, "Update", updated);
    }

    @POST
    @Path("/Delete")
    @RolesAllowed(Roles.ADMIN)
    public OrganizationMessageDto delete(OrganizationMessageDto request, @Context SecurityContext caller) {
        OrganizationMessageDto m = Requests.requireBody(request, "Organization");
        Requests.checkMeta(m.meta(), MODEL, "Delete");
        List<OrganizationView> gone = new ArrayList<>();
        List<OrganizationDto> given = organizations(m);
        for (int i = 0; i < given.size(); i++) {
            gone.add(facilities.deactivate(requireOid(given.get(i), i), actor(caller)));
        }
        return reply(m, "Delete", gone);
    }

    @POST
    @Path("/Publish")
    @RolesAllowed(Roles.ADMIN)
    public OrganizationMessageDto publish(PublishRequestDto request) {
        PublishRequestDto m = Requests.requireBody(request, "Organization");
        if (m.organization() == null) {
            throw new InvalidRequestException("Organization", "the Organization section is required");
        }
        Oid oid = requireOid(m.organization(), -1);
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

    /** The organizations of a message, in Redox's shape ({@code Organizations[]}) or Crossway's ({@code Organization}). */
    private static List<OrganizationDto> organizations(OrganizationMessageDto m) {
        List<OrganizationDto> all = m.all();
        if (all.isEmpty()) {
            throw new InvalidRequestException("Organizations", "an Organizations array (or an Organization section) is required");
        }
        if (all.size() > MAX_PER_MESSAGE) {
            throw new InvalidRequestException("Organizations", "one organization per message: send a message for each");
        }
        return all;
    }

    private static OrganizationMessageDto reply(OrganizationMessageDto m, String event, List<OrganizationView> written) {
        List<OrganizationDto> dtos = written.stream().map(OrganizationAssembler::toDto).toList();
        return new OrganizationMessageDto(MetaDto.reply(m.meta(), MODEL.redoxName(), event), dtos.get(0), m.directory(), m.action(), dtos);
    }

    /** {@code index} -1 for the single {@code Organization} section. */
    private static Oid requireOid(OrganizationDto o, int index) {
        String oid = OrganizationAssembler.oidOf(o);
        if (oid == null || oid.isBlank()) {
            throw new InvalidRequestException(index < 0 ? "Organization.Identifiers" : "Organizations[" + index + "].Identifiers",
                    "an identifier of IDType OID is required");
        }
        if (!Oid.isValid(oid)) {
            throw new InvalidRequestException(index < 0 ? "Organization.Identifiers" : "Organizations[" + index + "].Identifiers",
                    "not an OID: " + oid);
        }
        return Oid.of(oid);
    }

    private static String actor(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
