package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonAlias;
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
 * Redox Clinical Summary {@code PatientPush}: a patient's discrete data, which Crossway renders as a
 * C-CDA R2.1 Continuity of Care Document and stores for the network. The patient is
 * {@code Patient} (or Redox's {@code Header.Patient}); the sections have the keys and shapes of
 * Redox's Clinical Summary (the same as a PatientQueryResponse), Redox's irregular singular
 * {@code *Text} keys and their plural spellings both accepted.
 */
@Schema
public record PatientPushDto(
        MetaDto meta,
        HeaderDto header,
        PatientDto patient,
        String advanceDirectivesText,
        List<AdvanceDirectiveDto> advanceDirectives,
        @JsonAlias("AllergiesText") String allergyText,
        List<AllergyDto> allergies,
        String encountersText,
        List<EncounterDto> encounters,
        String familyHistoryText,
        List<FamilyHistoryDto> familyHistory,
        @JsonAlias("ImmunizationsText") String immunizationText,
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
        @JsonAlias("ResultsText") String resultText,
        List<ResultDto> results,
        String socialHistoryText,
        SocialHistoryDto socialHistory,
        String vitalSignsText,
        List<VitalSignDto> vitalSigns) {
}
