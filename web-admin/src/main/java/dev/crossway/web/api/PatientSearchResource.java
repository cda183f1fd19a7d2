package dev.crossway.web.api;

import dev.crossway.web.access.Callers;
import dev.crossway.initiator.application.DiscoveryRequest;
import dev.crossway.initiator.application.DiscoveryResult;
import dev.crossway.initiator.application.PatientDiscovery;
import dev.crossway.initiator.application.PatientLink;
import dev.crossway.initiator.application.PatientLocations;
import dev.crossway.web.api.dto.IdentifierDto;
import dev.crossway.web.api.dto.LocationQueryResponseDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientSearchDto;
import dev.crossway.web.api.dto.PotentialMatchDto;
import dev.crossway.web.api.dto.QueryResponseDto;
import dev.crossway.web.api.dto.SourceDto;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Redox PatientSearch: XCPD across the network, and the communities known to hold a patient. */
@Path("/PatientSearch")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class PatientSearchResource {

    private static final DataModel MODEL = DataModel.PATIENT_SEARCH;

    @Inject
    Callers callers;
    @Inject
    PatientDiscovery discovery;
    @Inject
    PatientLocations locations;

    @POST
    @Path("/Query")
    public QueryResponseDto query(PatientSearchDto request, @Context SecurityContext caller) {
        PatientSearchDto r = Requests.requireBody(request, "Patient");
        Requests.checkMeta(r.meta(), MODEL, "Query");
        DiscoveryResult result = discovery.discover(callers.current(), new DiscoveryRequest(Initiators.context(r.meta(), callers.current().userId()),
                Initiators.demographics(r.patient()), Initiators.targets(r)));
        List<PotentialMatchDto> matches = result.matches().stream().map(Initiators::match).toList();
        QueryResponseDto.PatientEntryDto patient = matches.isEmpty() ? null : new QueryResponseDto.PatientEntryDto(
                matches.stream().flatMap(m -> m.identifiers().stream()).distinct().toList(),
                matches.get(0).demographics(), List.of());
        return new QueryResponseDto(MetaDto.reply(r.meta(), MODEL.redoxName(), "QueryResponse"), patient, matches,
                result.sources().stream().map(SourceDto::of).toList());
    }

    @POST
    @Path("/LocationQuery")
    public LocationQueryResponseDto locations(PatientSearchDto request, @Context SecurityContext caller) {
        PatientSearchDto r = Requests.requireBody(request, "Patient");
        Requests.checkMeta(r.meta(), MODEL, "LocationQuery");
        var patient = Initiators.demographics(r.patient());
        List<PatientLink> links = Boolean.TRUE.equals(r.refresh())
                ? locations.refresh(callers.current(), Initiators.context(r.meta(), callers.current().userId()), patient,
                        r.targets() == null ? null : Initiators.targets(r))
                : locations.links(callers.current(), patient);
        return new LocationQueryResponseDto(MetaDto.reply(r.meta(), MODEL.redoxName(), "LocationQueryResponse"),
                links.stream().map(l -> new LocationQueryResponseDto.LocatedPatientDto(List.of(Initiators.identifier(l.patientId())),
                        new LocationQueryResponseDto.OrganizationRefDto(List.of(new IdentifierDto(l.organizationId(), "OID")),
                                l.organizationName()), l.lastSeen())).toList());
    }
}
