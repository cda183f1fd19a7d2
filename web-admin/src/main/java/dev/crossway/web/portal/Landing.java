package dev.crossway.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The portal's landing page: each person is sent to the first page their role opens (administrators: the dashboard). */
@Named
@RequestScoped
public class Landing {

    public String firstPage() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        if (ext.isUserInRole("admin")) {
            return "/admin/dashboard?faces-redirect=true";
        }
        if (ext.isUserInRole("clinician")) {
            return "/admin/records?faces-redirect=true";
        }
        return "/admin/audit?faces-redirect=true";
    }
}
