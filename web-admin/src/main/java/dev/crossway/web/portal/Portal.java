package dev.crossway.web.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * Server-side checks for portal actions. Hiding a button is not authorization: auditors may open
 * the read-only pages, so every action that changes something checks the role itself.
 */
final class Portal {

    private Portal() {
    }

    /** The caller's name, after checking that the caller is an administrator. */
    static String requireAdmin() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        if (!ext.isUserInRole("admin")) {
            throw new SecurityException("this action needs the admin role");
        }
        return ext.getUserPrincipal().getName();
    }
}
