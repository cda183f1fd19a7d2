package dev.crossway.web.api.error;

import dev.crossway.directory.application.DirectoryField;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.responder.application.ResponderField;
import dev.crossway.responder.application.ResponderValidationException;

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

    public static String of(ResponderField field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case COMMUNITY -> "Meta.FacilityCode";
            case COMMUNITY_ID -> "Community.HomeCommunityId";
            case COMMUNITY_NAME -> "Community.Name";
            case COMMUNITY_ASSIGNING_AUTHORITY -> "Community.AssigningAuthority";
            case COMMUNITY_MODE -> "Community.Mode";
            case COMMUNITY_PURPOSES_OF_USE -> "Community.PurposesOfUse";
            case COMMUNITY_RESTRICTED_PURPOSES_OF_USE -> "Community.RestrictedPurposesOfUse";
            case COMMUNITY_REPOSITORY_ID -> "Community.RepositoryUniqueId";
            case DOWNSTREAM -> "Community.Downstream";
            case DOWNSTREAM_XCPD -> "Community.Downstream.Xcpd";
            case DOWNSTREAM_XCA_QUERY -> "Community.Downstream.XcaQuery";
            case DOWNSTREAM_XCA_RETRIEVE -> "Community.Downstream.XcaRetrieve";
            case PATIENT_IDENTIFIERS -> "Patient.Identifiers";
            case PRIOR_PATIENT_IDENTIFIERS -> "PriorPatient.Identifiers";
            case PATIENT_FIRST_NAME -> "Patient.Demographics.FirstName";
            case PATIENT_MIDDLE_NAME -> "Patient.Demographics.MiddleName";
            case PATIENT_LAST_NAME -> "Patient.Demographics.LastName";
            case PATIENT_BIRTH_DATE -> "Patient.Demographics.DOB";
            case PATIENT_SEX -> "Patient.Demographics.Sex";
            case PATIENT_STREET -> "Patient.Demographics.Address.StreetAddress";
            case PATIENT_CITY -> "Patient.Demographics.Address.City";
            case PATIENT_STATE -> "Patient.Demographics.Address.State";
            case PATIENT_ZIP -> "Patient.Demographics.Address.ZIP";
            case PATIENT_HOME_PHONE -> "Patient.Demographics.PhoneNumber.Home";
            case PATIENT_MOBILE_PHONE -> "Patient.Demographics.PhoneNumber.Mobile";
            case DOCUMENT_ID -> "Document.ID";
            case DOCUMENT_CONTENT -> "Document.Data";
            case DOCUMENT_FILE_TYPE -> "Document.FileType";
            case DOCUMENT_RELATION -> "Document.Relation";
            case DOCUMENT_REPLACES -> "Document.Replaces";
            case ADMIN_RECORD -> "Audit.Admin";
            case AUDITED_PATIENT -> "Audit.Patient";
            case AUDIT_TRANSACTION -> "Audit.Transaction";
            case AUDIT_OUTCOME -> "Audit.Outcome";
            case AUDIT_INITIATOR -> "Audit.InitiatorHomeCommunityId";
            case VOLUME_RANGE -> "Volume.From";
            case TRUST_ANCHOR_CERTIFICATE -> "TrustAnchor.Certificate";
            case TRUST_ANCHOR_LABEL -> "TrustAnchor.Label";
            case TRUST_ANCHOR_ID -> "TrustAnchor.ID";
        };
    }

    public static String of(ResponderValidationException e) {
        return of(e.field());
    }

    public static String of(DirectoryField field) {
        return of(field, null);
    }

    /** {@code index}: the position of the list item (an organization's endpoint) the field is in, if any. */
    public static String of(DirectoryField field, Integer index) {
        if (field == null) {
            return null;
        }
        String endpoint = "Organization.Endpoints" + (index == null ? "" : "[" + index + "]");
        return switch (field) {
            case ORGANIZATION -> "Organization";
            case ORGANIZATION_OID -> "Organization.Identifiers";
            case ORGANIZATION_NAME -> "Organization.Name";
            case ORGANIZATION_TYPE -> "Organization.Type";
            case ORGANIZATION_PART_OF -> "Organization.PartOf";
            case ORGANIZATION_POSITION -> "Organization.Position";
            case ORGANIZATION_STREET -> "Organization.Address.StreetAddress";
            case ORGANIZATION_CITY -> "Organization.Address.City";
            case ORGANIZATION_STATE -> "Organization.Address.State";
            case ORGANIZATION_ZIP -> "Organization.Address.ZIP";
            case ENDPOINT_TRANSACTION -> endpoint + ".Transaction";
            case ENDPOINT_URL -> endpoint + ".Address";
            case RADIUS_MILES -> "Radius.Miles";
            case RADIUS_ZIP -> "Radius.ZIP";
            case RADIUS_POSITION -> "Radius.Latitude";
            case PAGING_OFFSET -> "Paging.Offset";
            case SYNC_BUNDLE -> "Bundle";
            case SYNC_RUN -> "ID";
            case PUBLISH_URL -> "Directory.URL";
            case ZIP_CENTROID_FILE -> "File";
        };
    }

    public static String of(DirectoryValidationException e) {
        return of(e.field(), e.index());
    }
}
