package dev.crossway.responder.application;

import jakarta.ejb.Local;

/**
 * Records administrative changes that are not the responder's own, in the same insert-only trail
 * (transaction {@code ADMIN}): a partner onboarded or removed, its grants changed, its secret
 * rotated. The web layer and the realm tool call it after the change is made in Keycloak; the
 * record is committed when the call returns.
 */
@Local
public interface AdminAudit {

    /**
     * @param actor who made the change (the admin's user name, or the tool's)
     * @param what  what changed, in words an auditor reads: "partner acme onboarded: communities [1.2.3]"
     */
    void admin(String actor, String what);
}
