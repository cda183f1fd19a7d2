package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crossway.web.api.dto.ClinicalDto.AdvanceDirectiveDto;
import dev.crossway.web.api.dto.ClinicalDto.AllergyDto;
import dev.crossway.web.api.dto.ClinicalDto.EncounterDto;
import dev.crossway.web.api.dto.ClinicalDto.FamilyHistoryDto;
import dev.crossway.web.api.dto.ClinicalDto.ImmunizationDto;
import dev.crossway.web.api.dto.ClinicalDto.InsuranceDto;
import dev.crossway.web.api.dto.ClinicalDto.MedicalEquipmentDto;
import dev.crossway.web.api.dto.ClinicalDto.MedicationDto;
import dev.crossway.web.api.dto.ClinicalDto.PlanOfCareDto;
import dev.crossway.web.api.dto.ClinicalDto.ProblemDto;
import dev.crossway.web.api.dto.ClinicalDto.ProceduresDto;
import dev.crossway.web.api.dto.ClinicalDto.ResultDto;
import dev.crossway.web.api.dto.ClinicalDto.SocialHistoryDto;
import dev.crossway.web.api.dto.ClinicalDto.VitalSignDto;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox's Clinical Summary {@code PatientQueryResponse}: every top-level key Redox's own example
 * has, in its order, null or empty where the documents had nothing. {@code Sources} (how each
 * community answered, with its documents) and {@code Summary} (counts, completeness) are
 * Crossway's additions. Also the shape of {@code ClinicalSummary} in a DocumentGet answer and of a
 * job's {@code Result}.
 */
@Schema
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PatientQueryResponseDto(
        MetaDto meta,
        HeaderDto header,
        String advanceDirectivesText,
        List<AdvanceDirectiveDto> advanceDirectives,
        String allergyText,
        List<AllergyDto> allergies,
        String encountersText,
        List<EncounterDto> encounters,
        String familyHistoryText,
        List<FamilyHistoryDto> familyHistory,
        String immunizationText,
        List<ImmunizationDto> immunizations,
        String insurancesText,
        List<InsuranceDto> insurances,
        String medicalEquipmentText,
        List<MedicalEquipmentDto> medicalEquipment,
        String medicationsText,
        List<MedicationDto> medications,
        String planOfCareText,
        PlanOfCareDto planOfCare,
        String problemsText,
        List<ProblemDto> problems,
        String proceduresText,
        ProceduresDto procedures,
        String resultText,
        List<ResultDto> results,
        String socialHistoryText,
        SocialHistoryDto socialHistory,
        String vitalSignsText,
        List<VitalSignDto> vitalSigns,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SourceDto> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) SummaryDto summary) {

    /** Crossway's addition: how complete the merged summary is. */
    public record SummaryDto(java.time.Instant dateTime, int communities, int documents, int parsedDocuments, boolean complete) {
    }
}
