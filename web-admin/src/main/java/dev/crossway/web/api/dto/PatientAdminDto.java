package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox PatientAdmin: {@code NewPatient}, {@code PatientUpdate}, {@code PatientMerge} (the surviving
 * {@code Patient} and the {@code PriorPatient} merged into it).
 */
@Schema
public record PatientAdminDto(MetaDto meta, PatientDto patient, PatientDto priorPatient) {
}
