package dev.crossway.web.portal;

/**
 * A person without a network role asked the network: refused before anything is sent. Crossway
 * signs the role into the assertion as a statement about the person; a default ("Medical doctor")
 * would state something nobody checked, and a responder may disclose more to a doctor than to the
 * front desk. So an administrator must set the role first (docs/OPERATIONS.md, People and roles).
 */
class NoSubjectRoleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NoSubjectRoleException(String user) {
        super("your account (" + user + ") has no network role, which every query states to the network: ask an"
                + " administrator to set it (Keycloak user attribute crossway_role, or realm-config-tool set-user-role)");
    }
}
