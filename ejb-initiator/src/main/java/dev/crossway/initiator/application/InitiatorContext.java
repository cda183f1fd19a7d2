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
 * @param client       who authenticated to Crossway: the API client (the token's principal) or the
 *                     portal user; for the audit trail, never sent (null when unknown)
 * @param channel      through which door the request came, for the audit trail
 */
public record InitiatorContext(
        String userId,
        String userRole,
        String purposeOfUse,
        String organizationName,
        String organizationId,
        String npi,
        String client,
        Channel channel) {

    /** Through which door an outbound request came. */
    public enum Channel { API, PORTAL, SCHEDULING }

    public static final String DEFAULT_ROLE = "112247003";
    public static final String DEFAULT_PURPOSE = "TREATMENT";

    public InitiatorContext {
        userRole = blank(userRole) ? DEFAULT_ROLE : userRole.trim();
        purposeOfUse = blank(purposeOfUse) ? DEFAULT_PURPOSE : purposeOfUse.trim();
        channel = channel == null ? Channel.API : channel;
    }

    /** A context whose caller is not known (tests, tools): audited with no client. */
    public InitiatorContext(String userId, String userRole, String purposeOfUse, String organizationName,
                            String organizationId, String npi) {
        this(userId, userRole, purposeOfUse, organizationName, organizationId, npi, null, Channel.API);
    }

    /** The same request, come through {@code channel} on behalf of {@code client}. */
    public InitiatorContext by(String client, Channel channel) {
        return new InitiatorContext(userId, userRole, purposeOfUse, organizationName, organizationId, npi, client, channel);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
