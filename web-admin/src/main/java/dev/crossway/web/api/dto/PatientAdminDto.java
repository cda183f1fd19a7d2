package dev.crossway.web.api.dto;

/**
 * Redox PatientAdmin: {@code NewPatient}, {@code PatientUpdate}, {@code PatientMerge} (the surviving
 * {@code Patient} and the {@code PriorPatient} merged into it).
 */
public record PatientAdminDto(MetaDto meta, PatientDto patient, PatientDto priorPatient) {
}
