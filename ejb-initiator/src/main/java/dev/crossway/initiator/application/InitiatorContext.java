package dev.crossway.initiator.application;

/**
 * Who asks, and why: the facts that go into the signed SAML assertion of every outbound call
 * (Redox {@code Meta.Extensions}: user-id, user-role, purpose-of-use, organization-name,
 * sender-organization-id). Blank role and purpose take the defaults; the organization id must
 * be an OID (checked by the facades, which throw {@link InitiatorValidationException}).
 *
 * @param userRole     SNOMED CT role code, default {@value #DEFAULT_ROLE} (Medical doctor)
 * @param purposeOfUse code of 2.16.840.1.113883.3.18.7.1, default {@value #DEFAULT_PURPOSE}
 * @param npi          the user's NPI, optional
 */
public record InitiatorContext(
        String userId,
        String userRole,
        String purposeOfUse,
        String organizationName,
        String organizationId,
        String npi) {

    public static final String DEFAULT_ROLE = "112247003";
    public static final String DEFAULT_PURPOSE = "TREATMENT";

    public InitiatorContext {
        userRole = blank(userRole) ? DEFAULT_ROLE : userRole.trim();
        purposeOfUse = blank(purposeOfUse) ? DEFAULT_PURPOSE : purposeOfUse.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
