package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crossway.web.api.dto.ClinicalDto.AllergyDto;
import dev.crossway.web.api.dto.ClinicalDto.CodeDto;
import dev.crossway.web.api.dto.ClinicalDto.EncounterDto;
import dev.crossway.web.api.dto.ClinicalDto.ImmunizationDto;
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
 * Redox ClinicalSummary VisitPush: a document for a patient, base64 in {@code Document.Data}; or,
 * without {@code Document.Data}, the visit's discrete data ({@code Visit} and Redox's Clinical
 * Summary sections, as in PatientPush), which Crossway renders as a C-CDA Encounter Summary.
 */
@Schema
public record VisitPushDto(MetaDto meta, PatientDto patient, DocumentDto document, HeaderDto header, VisitDto visit,
                           @JsonAlias("AllergiesText") String allergyText, List<AllergyDto> allergies,
                           String encountersText, List<EncounterDto> encounters,
                           @JsonAlias("ImmunizationsText") String immunizationText, List<ImmunizationDto> immunizations,
                           String medicationsText, List<MedicationDto> medications,
                           String planOfCareText, PlanOfCareDto planOfCare,
                           String problemsText, List<ProblemDto> problems,
                           String proceduresText, ProceduresDto procedures,
                           @JsonAlias("ResultsText") String resultText, List<ResultDto> results,
                           String socialHistoryText, SocialHistoryDto socialHistory,
                           String vitalSignsText, List<VitalSignDto> vitalSigns) {

    public record DocumentDto(String fileType, String data, String name) {
    }

    /** Redox's {@code Visit}: its number, when it started and ended, its type and where it took place. */
    public record VisitDto(String visitNumber, String visitDateTime, String dischargeDateTime, CodeDto type,
                           VisitLocationDto location, String reason) {
    }

    public record VisitLocationDto(String facility, String department, String room,
                                   @JsonProperty("Type") String type) {
    }

    /** True when the push carries discrete data rather than a document. */
    public boolean hasDiscreteData() {
        return visit != null || allergies != null || encounters != null || immunizations != null || medications != null
                || planOfCare != null || problems != null || procedures != null || results != null || socialHistory != null
                || vitalSigns != null;
    }
}
