package dev.crossway.web.api;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.web.api.dto.IdentifierDto;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientDto;
import dev.crossway.web.api.error.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What every API call checks the same way: a body is present, a Meta block (when sent) names this
 * call, patient identifiers are values under an assigning-authority OID, dates are YYYY-MM-DD.
 */
final class Requests {

    private Requests() {
    }

    static <T> T requireBody(T body, String section) {
        if (body == null) {
            throw new InvalidRequestException(section, "a JSON body is required");
        }
        return body;
    }

    /**
     * A Meta block, when sent, must name this call: the data model in any of its spellings (see
     * {@link DataModel}), the event type ignoring case and spaces.
     */
    static void checkMeta(MetaDto meta, DataModel dataModel, String eventType) {
        if (meta == null) {
            return;
        }
        if (meta.dataModel() != null && !dataModel.isNamedBy(meta.dataModel())) {
            throw new InvalidRequestException("Meta.DataModel", "expected DataModel '" + dataModel.redoxName() + "'");
        }
        if (meta.eventType() != null && !DataModel.canonical(meta.eventType()).equals(DataModel.canonical(eventType))) {
            throw new InvalidRequestException("Meta.EventType", "expected EventType '" + eventType + "'");
        }
    }

    /** {@code Meta.FacilityCode}, required: the community (OID) a call is about. */
    static String facilityCode(MetaDto meta, String what) {
        if (meta == null || meta.facilityCode() == null || meta.facilityCode().isBlank()) {
            throw new InvalidRequestException("Meta.FacilityCode", what + " (its OID) is required");
        }
        return meta.facilityCode().trim();
    }

    /** {@code Meta.FacilityCode}, required: the organization (its home community OID) a call is about. */
    static HomeCommunityId organization(MetaDto meta, String what) {
        try {
            return HomeCommunityId.of(facilityCode(meta, what));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Meta.FacilityCode", "Meta.FacilityCode must be the organization's OID");
        }
    }

    /** A {@link #facilityCode} naming a hosted community, as its id: 400 naming {@code Meta.FacilityCode} when it is no OID. */
    static HomeCommunityId hostedCommunity(String facilityCode) {
        try {
            return HomeCommunityId.of(facilityCode);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Meta.FacilityCode", "Meta.FacilityCode '" + facilityCode + "' is not an OID");
        }
    }

    /**
     * An ISO-8601 time ({@code 2026-12-01T09:30:00Z}, with any offset) or a day ({@code 2026-12-01},
     * its start in UTC); null when absent.
     */
    static java.time.Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return java.time.OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidRequestException(field, field + " must be ISO-8601, e.g. 2026-12-01T09:30:00Z");
            }
        }
    }

    /**
     * The identifiers of {@code patient} under an assigning-authority OID; those Redox clients label by
     * kind instead ({@code "MR"}, {@code "EHRID"}, {@code "NIST"}: a record in the client's own system)
     * are skipped. At least one is required when {@code required}.
     */
    static List<PatientId> patientIdsUnderAuthority(PatientDto patient, String field, boolean required) {
        List<IdentifierDto> given = patient == null || patient.identifiers() == null ? List.of() : patient.identifiers();
        List<PatientId> ids = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            IdentifierDto id = given.get(i);
            if (id == null || !Oid.isValid(id.idType())) {
                continue;
            }
            if (id.id() == null || id.id().isBlank()) {
                throw new InvalidRequestException(field + "[" + i + "].ID", "the identifier value is required");
            }
            ids.add(new PatientId(id.id().trim(), Oid.of(id.idType())));
        }
        if (required && ids.isEmpty()) {
            throw new InvalidRequestException(field, given.isEmpty() ? "at least one identifier is required"
                    : "at least one identifier with IDType the assigning authority's OID is required (labels such as MR are not resolvable)");
        }
        return ids;
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be a date, YYYY-MM-DD");
        }
    }
}
