package dev.crossway.web.api;

import dev.crossway.initiator.application.DemographicsDigests;
import dev.crossway.initiator.application.OutboundAudit;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.AuditFilter;
import dev.crossway.responder.application.AuditQueries;
import dev.crossway.responder.application.AuditView;
import dev.crossway.web.api.dto.AccountingEntryDto;
import dev.crossway.web.api.dto.AuditRecordDto;
import dev.crossway.web.api.dto.VolumeBucketDto;
import dev.crossway.web.api.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The audit trails of both gateways, read-only (no interface edits or removes a record): the
 * responder's records as they were ({@code /admin/audit} without {@code Direction}), and the
 * accounting of disclosures across both directions ({@code Direction=Inbound|Outbound|Both},
 * JSON or CSV), the accounting per patient, and the query volume.
 *
 * <p>{@code Patient} for Outbound: an identifier in CX form ({@code id^^^&authority&ISO}), found
 * among the identifiers the caller sent and those the network answered with (and the retrievals
 * of the documents listed for them), or the SHA-256 digest of the demographics (64 hex). For
 * Inbound, the hosted patient's identifier in CX form.
 */
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class AuditResource {

    static final String CSV = "text/csv";

    @Inject
    AuditQueries audit;
    @Inject
    OutboundAudit outbound;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response audit(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("transaction") String transaction,
                          @QueryParam("initiator") String initiator, @QueryParam("outcome") String outcome,
                          @QueryParam("patient") String patient,
                          @QueryParam("Direction") String direction, @QueryParam("Patient") String patientParam,
                          @QueryParam("format") String format,
                          @QueryParam("limit") @DefaultValue("100") int limit,
                          @QueryParam("offset") @DefaultValue("0") int offset) {
        int l = Math.min(Math.max(limit, 1), 1000);
        int o = Math.max(offset, 0);
        Instant start = instant(from, "from");
        Instant end = instant(to, "to");
        String who = patientParam != null && !patientParam.isBlank() ? patientParam.trim() : patient;
        boolean csv = "csv".equalsIgnoreCase(format);
        if (direction == null && !csv) {
            // the responder's records in their own shape, as before the accounting existed
            return Response.ok(audit.search(new AuditFilter(start, end, transaction, initiator, outcome, who, l, o)).stream()
                    .map(AuditRecordDto::of).toList()).build();
        }
        String d = direction == null ? Accounting.INBOUND : direction.trim().toLowerCase(Locale.ROOT);
        List<AccountingEntryDto> entries = switch (d) {
            case "inbound" -> inbound(start, end, transaction, initiator, outcome, who, l, o);
            case "outbound" -> outbound(who, start, end, l, o);
            case "both" -> {
                if (who == null || who.isBlank()) {
                    throw new InvalidRequestException("Patient", "the accounting across both directions is per patient: Patient is required");
                }
                yield Accounting.merged(inbound(start, end, null, null, null, who, l, o), outbound(who, start, end, l, o));
            }
            default -> throw new InvalidRequestException("Direction", "Direction must be Inbound, Outbound or Both");
        };
        if (csv) {
            return Response.ok(Accounting.csv(entries), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"accounting-of-disclosures.csv\"").build();
        }
        return Response.ok(entries, MediaType.APPLICATION_JSON).build();
    }

    /** Accounting of disclosures for one patient: {@code ?community=<OID>&patient=<id>&authority=<OID>}. */
    @GET
    @Path("/disclosures")
    public List<AuditRecordDto> disclosures(@QueryParam("community") String community, @QueryParam("patient") String patient,
                                       @QueryParam("authority") String authority) {
        if (community == null || patient == null || !Oid.isValid(authority)) {
            throw new InvalidRequestException("authority", "community, patient and authority (an OID) are required");
        }
        if (!Oid.isValid(community)) {
            throw new InvalidRequestException("community", "community must be the hosted community's OID");
        }
        return audit.disclosures(HomeCommunityId.of(community), new PatientId(patient, Oid.of(authority))).stream()
                .map(AuditRecordDto::of).toList();
    }

    @GET
    @Path("/volume")
    public List<VolumeBucketDto> volume(@QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("daily") @DefaultValue("false") boolean daily) {
        Instant end = to == null ? Instant.now() : instant(to, "to");
        Instant start = from == null ? end.minus(daily ? Duration.ofDays(30) : Duration.ofHours(48)) : instant(from, "from");
        return audit.volume(start, end, daily).stream().map(VolumeBucketDto::of).toList();
    }

    private List<AccountingEntryDto> inbound(Instant from, Instant to, String transaction, String initiator, String outcome,
                                             String patient, int limit, int offset) {
        if (DemographicsDigests.looksLikeDigest(patient)) {
            return List.of(); // the responder keeps its own patients' identifiers, never a digest
        }
        return audit.search(new AuditFilter(from, to, transaction, initiator, outcome, patient, limit, offset)).stream()
                .filter(a -> !"ADMIN".equals(a.transaction()) || patient == null)
                .map(Accounting::inbound).toList();
    }

    private List<AccountingEntryDto> outbound(String patient, Instant from, Instant to, int limit, int offset) {
        return outbound.accesses(patient, from, to, limit, offset).stream().map(Accounting::outbound).toList();
    }

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
