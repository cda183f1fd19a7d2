package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The entries of Redox's Clinical Summary sections, key for key as Redox publishes them (see
 * docs/decisions/redox-data-models.md): every Redox key is written, null when there is no data.
 * {@code Provenance} (where Crossway found an entry) is Crossway's addition, ignored by Redox
 * clients.
 */
@Schema
public final class ClinicalDto {

    private ClinicalDto() {
    }

    /** A coded value: {@code Code}, {@code CodeSystem}, {@code CodeSystemName}, {@code Name}, {@code AltCodes}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CodeDto(String code, String codeSystem, String codeSystemName, String name, List<CodeDto> altCodes) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QuantityDto(String quantity, String units) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FrequencyDto(String period, String unit) {
    }

    /** Where an entry was found: the community and the document (Crossway's addition). */
    public record ProvenanceDto(String organization, @JsonProperty("DocumentID") String documentId) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MedicationDto(Boolean prescription, String freeTextSig, QuantityDto dose, QuantityDto rate, CodeDto route,
                                String startDate, String endDate, FrequencyDto frequency, @JsonProperty("IsPRN") Boolean isPrn,
                                CodeDto product, @JsonInclude(JsonInclude.Include.NON_NULL) String status,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceDto> provenance) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReactionDto(String code, String codeSystem, String codeSystemName, String name, List<CodeDto> altCodes,
                              CodeDto severity, String text) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AllergyDto(CodeDto type, CodeDto substance, List<ReactionDto> reaction, CodeDto severity, CodeDto criticality,
                             CodeDto status, String startDate, String endDate, String comment,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceDto> provenance) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProblemDto(String startDate, String endDate, String code, String codeSystem, String codeSystemName, String name,
                             List<CodeDto> altCodes, CodeDto category, CodeDto healthStatus, CodeDto status, String comment,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceDto> provenance) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReferenceRangeDto(String low, String high, String text) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ObservationDto(String code, String codeSystem, String codeSystemName, String name, List<CodeDto> altCodes,
                                 String status, String interpretation, String dateTime, CodeDto codedValue, String value,
                                 String valueType, String units, ReferenceRangeDto referenceRange,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceDto> provenance) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResultDto(String code, String codeSystem, String codeSystemName, String name, List<CodeDto> altCodes,
                            String status, String dateTime, List<ObservationDto> observations,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceDto> provenance) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VitalSignDto(String dateTime, List<ObservationDto> observations,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceDto> provenance) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ImmunizationProductDto(String manufacturer, String code, String codeSystem, String codeSystemName, String name,
                                         String lotNumber, List<CodeDto> altCodes) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ImmunizationDto(String dateTime, CodeDto route, ImmunizationProductDto product, QuantityDto dose,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceDto> provenance) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EncounterDto(List<IdentifierDto> identifiers, CodeDto type, String dateTime, String endDateTime,
                               List<ProviderDto> providers, List<LocationRefDto> locations, List<CodeDto> diagnosis,
                               List<CodeDto> reasonForVisit,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceDto> provenance) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProviderDto(@JsonProperty("ID") String id, @JsonProperty("IDType") String idType, String firstName,
                              String lastName, List<String> credentials) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LocationRefDto(CodeDto type, AddressDto address, String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProcedureDto(String code, String codeSystem, String codeSystemName, String name, List<CodeDto> altCodes,
                               String dateTime, String status, CodeDto targetSite,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProvenanceDto> provenance) {
    }

    /** Redox's {@code Procedures} section: observations, procedures and services. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProceduresDto(List<ObservationDto> observations, List<ProcedureDto> procedures, List<ProcedureDto> services) {
    }

    /** Redox's {@code SocialHistory} section. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SocialHistoryDto(List<ObservationDto> observations, List<ObservationDto> pregnancy,
                                   List<ObservationDto> tobaccoUse) {
    }

    /** Redox's {@code PlanOfCare} section: planned orders, procedures, encounters, medications, supplies, services. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PlanOfCareDto(List<ObservationDto> orders, List<ProcedureDto> procedures, List<EncounterDto> encounters,
                                List<MedicationDto> medicationAdministration, List<CodeDto> supplies, List<ProcedureDto> services) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AdvanceDirectiveDto(CodeDto type, String code, String codeSystem, String codeSystemName, String name,
                                      List<CodeDto> altCodes, String startDate, String endDate, String externalReference) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FamilyHistoryDto(CodeDto relation, List<ProblemDto> problems) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record InsuranceDto(CodeDto plan, String memberNumber, ReferenceDto company, String groupNumber, String effectiveDate,
                               String expirationDate) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MedicalEquipmentDto(String status, String startDate, QuantityDto quantity, CodeDto product) {
    }
}
