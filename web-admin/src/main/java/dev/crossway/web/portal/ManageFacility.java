package dev.crossway.web.portal;

import dev.crossway.directory.application.DirectoryField;
import dev.crossway.web.api.error.FieldPaths;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.OrganizationQueries;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.application.OwnFacilities;
import dev.crossway.interop.id.Oid;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Adding, editing and deactivating one of this installation's own facilities. */
@Named
@ViewScoped
public class ManageFacility implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OwnFacilities facilities;

    @Inject
    transient OrganizationQueries queries;

    private String oid;
    private boolean editing;
    private FacilityInput form = new FacilityInput();

    public void load() {
        if (!Oid.isValid(oid)) {
            return;
        }
        queries.find(Oid.of(oid)).filter(OrganizationView::own).ifPresent(v -> {
            form = FacilityInput.of(v);
            editing = true;
        });
    }

    public String save() {
        Portal.requireAdmin();
        try {
            OrganizationView saved = editing
                    ? facilities.update(oid(form.getOid()), form.toForm(), actor())
                    : facilities.create(form.toForm(), actor());
            flash("Saved", saved.name() + " (" + saved.oid() + ")");
            return "/admin/organization?faces-redirect=true&oid=" + saved.oid();
        } catch (DirectoryValidationException e) {
            refuse(e);
            return null;
        }
    }

    public String deactivate() {
        Portal.requireAdmin();
        try {
            OrganizationView gone = facilities.deactivate(oid(form.getOid()), actor());
            flash("Deactivated", gone.name());
            return "/admin/organization?faces-redirect=true&oid=" + gone.oid();
        } catch (DirectoryValidationException e) {
            refuse(e);
            return null;
        }
    }

    /** The facility's home community id as the form holds it, refused as the directory would refuse it. */
    private static Oid oid(String text) {
        if (text == null || text.isBlank()) {
            throw new DirectoryValidationException(DirectoryField.ORGANIZATION_OID, "a home community id (OID) is required");
        }
        if (!Oid.isValid(text)) {
            throw new DirectoryValidationException(DirectoryField.ORGANIZATION_OID, "not an OID: " + text);
        }
        return Oid.of(text);
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    private static void refuse(DirectoryValidationException e) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, fieldLabel(FieldPaths.of(e)), e.getMessage()));
    }

    private static void flash(String summary, String detail) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.getExternalContext().getFlash().setKeepMessages(true);
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    private static String fieldLabel(String field) {
        return field == null ? "Invalid" : field.replace("Organization.", "");
    }

    public String getOid() { return oid; }
    public void setOid(String oid) { this.oid = oid; }
    public boolean isEditing() { return editing; }
    public FacilityInput getForm() { return form; }
}
