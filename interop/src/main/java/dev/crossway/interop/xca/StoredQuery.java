package dev.crossway.interop.xca;

import java.util.List;

/**
 * The XDS stored queries (ITI TF-2a 3.18.4.1.2.3.7) by their query id, with the parameters each
 * always requires. XCA responders must answer FindDocuments; the others are recognised so they
 * can be answered or refused by name.
 */
public enum StoredQuery {
    FIND_DOCUMENTS("14d4debf-8f97-4251-9a74-a90016b0af0d", "$XDSDocumentEntryPatientId", "$XDSDocumentEntryStatus"),
    FIND_SUBMISSION_SETS("f26abbcb-ac74-4422-8a30-edb644bbc1a9", "$XDSSubmissionSetPatientId", "$XDSSubmissionSetStatus"),
    FIND_FOLDERS("958f3006-baad-4929-a4de-ff1114824431", "$XDSFolderPatientId", "$XDSFolderStatus"),
    GET_ALL("10b545ea-725c-446d-9b95-8aeb444eddf3", "$patientId", "$XDSDocumentEntryStatus", "$XDSSubmissionSetStatus",
            "$XDSFolderStatus"),
    GET_DOCUMENTS("5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4"),
    GET_FOLDERS("5737b14c-8a1a-4539-b659-e03a34a5e1e4"),
    GET_ASSOCIATIONS("a7ae438b-4bc2-4642-93e9-be891f7bb155", "$uuid"),
    GET_DOCUMENTS_AND_ASSOCIATIONS("bab9529a-4a10-40b3-a01f-f68a615d247a"),
    GET_SUBMISSION_SETS("51224314-5390-4169-9b91-b1980040715a", "$uuid"),
    GET_SUBMISSION_SET_AND_CONTENTS("e8e3cb2c-e39c-46b9-99e4-c12f57260b83"),
    GET_FOLDER_AND_CONTENTS("b909a503-523d-4517-8acf-8e5834dfc4c7"),
    GET_FOLDERS_FOR_DOCUMENT("10cae35a-c7f9-4cf5-b61e-fc3278ffb578"),
    GET_RELATED_DOCUMENTS("d90e5407-b356-4d91-a89f-873917b4b0e6", "$AssociationTypes"),
    FIND_DOCUMENTS_BY_REFERENCE_ID("12941a89-e02e-4be5-967c-ce4bfc8fe492", "$XDSDocumentEntryPatientId",
            "$XDSDocumentEntryStatus", "$XDSDocumentEntryReferenceIdList");

    private final String uuid;
    private final List<String> required;

    StoredQuery(String uuid, String... required) {
        this.uuid = uuid;
        this.required = List.of(required);
    }

    /** The query id as it appears in {@code AdhocQuery/@id}. */
    public String id() {
        return "urn:uuid:" + uuid;
    }

    /** Parameters without which the query is invalid (XDSStoredQueryMissingParam). */
    public List<String> requiredParameters() {
        return required;
    }

    public static StoredQuery of(String id) {
        String v = id == null ? "" : id.trim();
        for (StoredQuery q : values()) {
            if (q.id().equalsIgnoreCase(v) || q.uuid.equalsIgnoreCase(v)) {
                return q;
            }
        }
        throw new XcaMessageException("unknown stored query id '" + v + "' (not one of the XDS stored queries)");
    }
}
