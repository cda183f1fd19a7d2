package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crossway.web.api.dto.ClinicalDto.AdvanceDirectiveDto;
import dev.crossway.web.api.dto.ClinicalDto.AllergyDto;
import dev.crossway.web.api.dto.ClinicalDto.CodeDto;
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
 * Redox's Clinical Summary {@code VisitQueryResponse}: the visit summary (one document) of the
 * patient's most recent visit in the time asked for, with every top-level key of Redox's
 * VisitQueryResponse (see docs/decisions/redox-data-models.md), null or empty where the document had
 * nothing: the PatientQueryResponse sections plus the encounter-level ones ({@code AssessmentText},
 * {@code ChiefComplaintText}, {@code ReasonForVisitText}, {@code AdmissionDiagnosis}, ...). {@code Header.Document.Visit}
 * describes the visit. Crossway's additions: {@code Document} (the registry entry the summary was
 * read from) and {@code Source} (how the organization answered).
 */
@Schema
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VisitQueryResponseDto(
        MetaDto meta,
        VisitHeaderDto header,
        String admissionDiagnosisText,
        List<DiagnosisCodeDto> admissionDiagnosis,
        String advanceDirectivesText,
        List<AdvanceDirectiveDto> advanceDirectives,
        String allergyText,
        List<AllergyDto> allergies,
        String assessmentText,
        AssessmentDto assessment,
        List<CareTeamDto> careTeams,
        String chiefComplaintText,
        String dischargeDiagnosisText,
        List<DiagnosisCodeDto> dischargeDiagnosis,
        String dischargeMedicationsText,
        List<MedicationDto> dischargeMedications,
        String encountersText,
        List<EncounterDto> encounters,
        String familyHistoryText,
        List<FamilyHistoryDto> familyHistory,
        String functionalStatusText,
        FunctionalStatusDto functionalStatus,
        String goalsText,
        List<GoalDto> goals,
        String healthConcernsText,
        List<ProblemDto> healthConcerns,
        String historyOfPresentIllnessText,
        String immunizationText,
        List<ImmunizationDto> immunizations,
        String instructionsText,
        String insurancesText,
        List<InsuranceDto> insurances,
        String interventionsText,
        String medicalEquipmentText,
        List<MedicalEquipmentDto> medicalEquipment,
        String medicationsAdministeredText,
        List<MedicationDto> medicationsAdministered,
        String medicationsText,
        List<MedicationDto> medications,
        String objectiveText,
        String physicalExamText,
        String planOfCareText,
        PlanOfCareDto planOfCare,
        String problemsText,
        List<ProblemDto> problems,
        String proceduresText,
        ProceduresDto procedures,
        String reasonForReferralText,
        String reasonForVisitText,
        List<CodeDto> reasonForVisit,
        String resolvedProblemsText,
        List<ProblemDto> resolvedProblems,
        String resultText,
        List<ResultDto> results,
        String reviewOfSystemsText,
        String socialHistoryText,
        SocialHistoryDto socialHistory,
        String subjectiveText,
        String vitalSignsText,
        List<VitalSignDto> vitalSigns,
        @JsonInclude(JsonInclude.Include.NON_NULL) DocumentEntryDto document,
        @JsonInclude(JsonInclude.Include.NON_NULL) SourceDto source) {

    /** Redox's {@code Assessment}: the diagnoses of the visit. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AssessmentDto(List<AssessmentDiagnosisDto> diagnoses) {
    }

    /** One of {@code Assessment.Diagnoses}: its codes, when, and its name as {@code Value}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AssessmentDiagnosisDto(List<CodeDto> codes, List<CommentDto> comments, String dateTime, Boolean isNegativeIndicator,
                                         String value) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CommentDto(String text) {
    }

    /** An admission or discharge diagnosis. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DiagnosisCodeDto(String code, String codeSystem, String codeSystemName, String name, List<CodeDto> altCodes,
                                   String startDate, String endDate, Boolean isNegativeIndicator, List<CommentDto> comments) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CareTeamDto(String name, String status, List<CodeDto> types) {
    }

    /** Redox's {@code FunctionalStatus}: observations and supplies. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FunctionalStatusDto(List<ClinicalDto.ObservationDto> observations, List<CodeDto> supplies) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GoalDto(String code, String codeSystem, String codeSystemName, String name, String startDate, String endDate) {
    }

    /** {@code Header} of a visit summary: the document (with its {@code Visit}), the primary care provider and the patient. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VisitHeaderDto(VisitDocumentDto document, @JsonProperty("PCP") HeaderDto.AuthorDto pcp, PatientDto patient) {
    }

    /** {@code Header.Document}: as in a PatientQueryResponse, plus the {@code Visit}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VisitDocumentDto(HeaderDto.AuthorDto author, @JsonProperty("ID") String id, String locale, String title,
                                   String dateTime, String type, CodeDto typeCode, HeaderVisitDto visit,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) ReferenceDto custodian) {
    }

    /** {@code Header.Document.Visit}: the visit's number (as asked), when and where, and why. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HeaderVisitDto(String visitNumber, String startDateTime, String endDateTime, CodeDto type, LocationDto location,
                           String reason, CodeDto dischargeDisposition) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LocationDto(String type, String facility, String department, String room) {
    }
}
