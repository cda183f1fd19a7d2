package dev.crossway.directory.infrastructure.fhir;

/** Extension and code system URLs of the Sequoia directory profiles, both generations. */
final class SequoiaExtensions {

    static final String BASE = "https://sequoiaproject.org/fhir/sphd/";
    static final String TRANSACTION = BASE + "StructureDefinition/Transaction";
    static final String VERSION = BASE + "StructureDefinition/Version";
    static final String PURPOSES_OF_USE = BASE + "StructureDefinition/PurposesOfUse";
    static final String ROLES = BASE + "StructureDefinition/Roles";
    static final String ORG_LOCATION = BASE + "StructureDefinition/OrgLocation";
    static final String TRANSACTION_CODES = BASE + "CodeSystem/TransactionCodes";
    static final String IDENTIFIER_CODES = BASE + "CodeSystem/SequoiaIdentifierCodes";
    static final String ORGANIZATION_TYPE = BASE + "CodeSystem/OrganizationType";
    static final String PURPOSE_OF_USE_SYSTEM = "http://healthit.gov/nhin/purposeofuse";

    /** Sequoia 1.0: one extension holding Transaction, PurposesOfUse, Roles, ... as nested extensions. */
    static final String V1_ENDPOINT_MAIN = "https://sequoiaproject.org/StructureDefinition/Endpoint/main/";

    private SequoiaExtensions() {
    }

    /** The last path segment of an extension URL ({@code .../PurposesOfUse} gives {@code PurposesOfUse}). */
    static String shortName(String url) {
        if (url == null) {
            return "";
        }
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return u.substring(u.lastIndexOf('/') + 1);
    }
}
