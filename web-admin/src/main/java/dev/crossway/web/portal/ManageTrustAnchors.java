package dev.crossway.web.portal;

import dev.crossway.responder.application.ResponderField;
import dev.crossway.interop.saml.Anchor;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.application.TrustAnchorAdmin;
import dev.crossway.responder.application.TrustAnchorView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The certificates whose signatures the responding gateway trusts: upload a PEM, remove one. */
@Named
@ViewScoped
public class ManageTrustAnchors implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PEM_BYTES = 256 * 1024;

    @Inject
    transient TrustAnchorAdmin anchors;

    private String label;
    private String kind = "";
    private boolean allowSha1;
    private String pem;
    private transient Part file;

    public List<TrustAnchorView> getAnchors() {
        return anchors.list();
    }

    public void add() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            String actor = Portal.requireAdmin();
            String text = file != null && file.getSize() > 0 ? read(file) : pem;
            Anchor.Kind chosen = kind == null || kind.isBlank() ? null : Anchor.Kind.valueOf(kind);
            TrustAnchorView added = anchors.add(text, label, chosen, allowSha1, actor);
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Trusted", added.subject() + " (" + added.kind() + ")"));
            pem = null;
            label = null;
            kind = "";
            allowSha1 = false;
        } catch (ResponderValidationException e) {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Refused", e.getMessage()));
        } catch (IOException e) {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Upload", "the file could not be read"));
        }
    }

    public void remove(String fingerprint) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            anchors.remove(fingerprint, Portal.requireAdmin());
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Removed", fingerprint));
        } catch (ResponderValidationException e) {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Refused", e.getMessage()));
        }
    }

    private static String read(Part part) throws IOException {
        if (part.getSize() > MAX_PEM_BYTES) {
            throw new ResponderValidationException(ResponderField.TRUST_ANCHOR_CERTIFICATE, "a PEM file is at most 256 KiB");
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(MAX_PEM_BYTES), StandardCharsets.US_ASCII);
        }
    }

    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public boolean isAllowSha1() { return allowSha1; }
    public void setAllowSha1(boolean v) { allowSha1 = v; }
    public String getPem() { return pem; }
    public void setPem(String v) { pem = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
}
