package dev.crossway.directory.application;

/**
 * What a directory error is about, in the domain's terms. Where each is in a request's JSON is the
 * web layer's business (web-admin's {@code FieldPaths}), not the directory's. The endpoint fields
 * may come with the endpoint's position in the organization ({@link DirectoryValidationException#index()}).
 */
public enum DirectoryField {
    /** A facility form as a whole. */
    ORGANIZATION,
    /** An organization's home community id. */
    ORGANIZATION_OID,
    ORGANIZATION_NAME,
    ORGANIZATION_TYPE,
    ORGANIZATION_PART_OF,
    ORGANIZATION_POSITION,
    ORGANIZATION_STREET,
    ORGANIZATION_CITY,
    ORGANIZATION_STATE,
    ORGANIZATION_ZIP,
    ENDPOINT_TRANSACTION,
    ENDPOINT_URL,
    RADIUS_MILES,
    RADIUS_ZIP,
    RADIUS_POSITION,
    PAGING_OFFSET,
    /** A FHIR Bundle uploaded or fetched for a sync. */
    SYNC_BUNDLE,
    /** A directory sync run, by its id. */
    SYNC_RUN,
    /** The base URL of the directory that own facilities are published to. */
    PUBLISH_URL,
    /** The ZIP centroid file. */
    ZIP_CENTROID_FILE
}
