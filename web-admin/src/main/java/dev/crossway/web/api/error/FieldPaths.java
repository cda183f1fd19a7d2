package dev.crossway.web.api.error;

import dev.crossway.initiator.application.InitiatorField;

/**
 * Where the domain fields that the application layers' errors name are in the API's JSON: the
 * {@code Field} of an error answer. The EJB modules know their fields, never the wire's spelling.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    public static String of(InitiatorField field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case CALLER -> "Meta.Extensions";
            case CALLER_USER -> "Meta.Extensions.user-id";
            case CALLER_ORGANIZATION -> "Meta.Extensions.sender-organization-id";
            case ORGANIZATION -> "Meta.FacilityCode";
            case PATIENT -> "Patient";
            case PATIENT_IDENTIFIERS -> "Patient.Identifiers";
            case PATIENT_FIRST_NAME -> "Patient.Demographics.FirstName";
            case PATIENT_LAST_NAME -> "Patient.Demographics.LastName";
            case PATIENT_BIRTH_DATE -> "Patient.Demographics.DOB";
            case TARGET_ORGANIZATIONS -> "Targets.Organizations.ID";
            case RADIUS_MILES -> "Targets.Radius.Miles";
            case RADIUS_ZIP -> "Targets.Radius.ZIP";
            case DOCUMENT_ID -> "Document.ID";
            case VISIT -> "Visit";
            case VISIT_NUMBER -> "Visit.VisitNumber";
            case VISIT_TIME -> "Visit.VisitDateTime";
            case AUDITED_PATIENT -> "Audit.Patient";
            case DESTINATION_URL -> "URL";
            case DESTINATION_EVENTS -> "Events";
            case ENDPOINT_URL -> "Url";
            case ENDPOINT_DOCUMENTS_PER_RETRIEVE -> "DocumentsPerRetrieve";
            case ENDPOINT_SIGNATURE_ALGORITHM -> "SignatureAlgorithm";
            case ENDPOINT_MAX_CONCURRENCY -> "MaxConcurrency";
            case ENDPOINT_XCPD_TIMEOUT -> "XcpdTimeoutSeconds";
            case ENDPOINT_QUERY_TIMEOUT -> "QueryTimeoutSeconds";
            case ENDPOINT_RETRIEVE_TIMEOUT -> "RetrieveTimeoutSeconds";
        };
    }
}
