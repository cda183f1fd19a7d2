package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox Clinical Summary {@code VisitQuery}: the patient at the organization {@code Meta.FacilityCode}
 * names ({@code Patient.Identifiers} as for DocumentQuery, or {@code Demographics} alone through a
 * stored link) and the visit asked for ({@code Visit.VisitNumber}, {@code Visit.StartDateTime},
 * {@code Visit.EndDateTime}, ISO-8601; each optional).
 */
@Schema
public record VisitQueryDto(MetaDto meta, PatientDto patient, VisitRangeDto visit) {

    public record VisitRangeDto(String visitNumber, String startDateTime, String endDateTime) {
    }
}
