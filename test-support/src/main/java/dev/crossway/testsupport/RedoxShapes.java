package dev.crossway.testsupport;

import java.util.List;

/**
 * Key lists of Redox's published data model shapes that more than one module's tests check answers
 * against: our own constants (names only); their sources are listed in
 * docs/decisions/redox-data-models.md.
 */
public final class RedoxShapes {

    /** Every top-level key of Redox's Clinical Summary VisitQueryResponse. */
    public static final List<String> VISIT_QUERY_RESPONSE = List.of("Meta", "Header", "AdmissionDiagnosisText", "AdmissionDiagnosis",
            "AdvanceDirectivesText", "AdvanceDirectives", "AllergyText", "Allergies", "AssessmentText", "Assessment", "CareTeams",
            "ChiefComplaintText", "DischargeDiagnosisText", "DischargeDiagnosis", "DischargeMedicationsText", "DischargeMedications",
            "EncountersText", "Encounters", "FamilyHistoryText", "FamilyHistory", "FunctionalStatusText", "FunctionalStatus",
            "GoalsText", "Goals", "HealthConcernsText", "HealthConcerns", "HistoryOfPresentIllnessText", "ImmunizationText",
            "Immunizations", "InstructionsText", "InsurancesText", "Insurances", "InterventionsText", "MedicalEquipmentText",
            "MedicalEquipment", "MedicationsAdministeredText", "MedicationsAdministered", "MedicationsText", "Medications",
            "ObjectiveText", "PhysicalExamText", "PlanOfCareText", "PlanOfCare", "ProblemsText", "Problems", "ProceduresText",
            "Procedures", "ReasonForReferralText", "ReasonForVisitText", "ReasonForVisit", "ResolvedProblemsText", "ResolvedProblems",
            "ResultText", "Results", "ReviewOfSystemsText", "SocialHistoryText", "SocialHistory", "SubjectiveText", "VitalSignsText",
            "VitalSigns");
    /** Redox's {@code Header.Document.Visit} of a visit summary. */
    public static final List<String> VISIT = List.of("VisitNumber", "StartDateTime", "EndDateTime", "Type", "Location", "Reason",
            "DischargeDisposition");

    private RedoxShapes() {
    }
}
