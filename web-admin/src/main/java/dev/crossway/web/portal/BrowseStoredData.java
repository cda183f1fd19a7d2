package dev.crossway.web.portal;

import dev.crossway.responder.application.ResponderField;
import dev.crossway.web.api.error.FieldPaths;
import dev.crossway.interop.access.NotGrantedException;
import dev.crossway.interop.ccda.CcdaRejectedException;
import dev.crossway.interop.ccda.NarrativeHtml;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.CommunityView;
import dev.crossway.responder.application.HostedCommunities;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.application.StoredData;
import dev.crossway.responder.application.StoredDocumentView;
import dev.crossway.responder.application.StoredPatientView;
import dev.crossway.web.access.Callers;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What a hosted community's store holds, for administrators: its patients (search by name or
 * identifier) with their consent, a patient's documents with status, confidentiality and history;
 * open one (a C-CDA rendered by Crossway's own narrative renderer), replace or withdraw it, record
 * the patient's opt-out or opt-in. Every list and every opened document is audited by the facade.
 */
@Named
@ViewScoped
public class BrowseStoredData implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As the API: 20 MiB documents, base64 not involved here. */
    private static final int MAX_UPLOAD = 20 * 1024 * 1024;

    @Inject
    transient StoredData store;
    @Inject
    transient HostedCommunities communities;
    @Inject
    transient Callers callers;

    private String community;
    private String search;
    private List<StoredPatientView> patients;
    private StoredPatientView selected;
    private List<StoredDocumentView> documents;
    private String documentHtml;
    private String documentNote;
    private String replacing;
    private String relation = "RPLC";
    private String fileType = "XML";
    private transient Part file;

    /** Opened from the communities page as {@code stored.xhtml?community=<hcid>}: that community is chosen. */
    @jakarta.annotation.PostConstruct
    void init() {
        community = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("community");
    }

    /** The chosen community (one of the hosted ones, so an OID unless the request was tampered with). */
    private HomeCommunityId communityId() {
        if (!Oid.isValid(community)) {
            throw new ResponderValidationException(ResponderField.COMMUNITY, "choose a hosted community");
        }
        return HomeCommunityId.of(community);
    }

    public List<CommunityView> getCommunities() {
        return communities.list().stream().filter(c -> "Stored".equals(c.mode())).toList();
    }

    public void search() {
        Portal.requireAdmin();
        selected = null;
        documents = null;
        documentHtml = null;
        documentNote = null;
        try {
            patients = store.patients(communityId(), search, callers.current());
        } catch (ResponderValidationException | NotGrantedException e) {
            error("Community", e.getMessage());
            patients = null;
        }
    }

    public void select(StoredPatientView p) {
        Portal.requireAdmin();
        selected = p;
        documentHtml = null;
        documentNote = null;
        replacing = null;
        loadDocuments();
    }

    private void loadDocuments() {
        try {
            documents = store.documents(communityId(), mainId(selected), callers.current());
        } catch (ResponderValidationException | NotGrantedException e) {
            error("Patient", e.getMessage());
            documents = null;
        }
    }

    /** A POST (JSF action, view-state protected): opening a document is a disclosure, audited. */
    public void open(StoredDocumentView d) {
        Portal.requireAdmin();
        documentHtml = null;
        documentNote = null;
        byte[] content = store.open(communityId(), new DocumentUniqueId(d.documentUniqueId()), callers.current()).orElse(null);
        if (content == null) {
            documentNote = "the document is not in the store";
            return;
        }
        try {
            documentHtml = NarrativeHtml.render(content);
        } catch (CcdaRejectedException e) {
            documentNote = "not a C-CDA (" + d.mimeType() + ", " + content.length + " bytes): it cannot be shown here";
        }
    }

    public void withdraw(StoredDocumentView d) {
        Portal.requireAdmin();
        try {
            store.withdraw(communityId(), new DocumentUniqueId(d.documentUniqueId()), callers.current());
            info("Withdrawn", d.documentUniqueId() + " is no longer disclosed to the network");
        } catch (ResponderValidationException e) {
            error(FieldPaths.of(e), e.getMessage());
        }
        loadDocuments();
    }

    public void startReplace(StoredDocumentView d) {
        Portal.requireAdmin();
        replacing = d.documentUniqueId();
    }

    public void replace() {
        Portal.requireAdmin();
        try {
            if (file == null || file.getSize() == 0) {
                error("File", "choose the new document's file");
                return;
            }
            if (file.getSize() > MAX_UPLOAD) {
                error("File", "a document is at most 20 MiB");
                return;
            }
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readNBytes(MAX_UPLOAD);
            }
            var pushed = store.replace(communityId(), mainId(selected), replacing, relation, content, fileType, callers.current());
            info("Stored", pushed.document().documentUniqueId() + " " + (relation.equals("APND") ? "appends to " : "replaces ")
                    + replacing);
            replacing = null;
        } catch (ResponderValidationException e) {
            error(FieldPaths.of(e), e.getMessage());
        } catch (IOException e) {
            error("File", "the file could not be read");
        }
        loadDocuments();
    }

    public void optOut() {
        consent(true);
    }

    public void optIn() {
        consent(false);
    }

    private void consent(boolean optOut) {
        Portal.requireAdmin();
        try {
            var v = store.recordConsent(communityId(), mainId(selected), optOut, callers.current());
            info("Consent recorded", optOut ? "opted out of network disclosure" : "opted in to network disclosure");
            selected = new StoredPatientView(selected.patient(), v, selected.documents());
            patients = store.patients(communityId(), search, callers.current());
        } catch (ResponderValidationException e) {
            error(FieldPaths.of(e), e.getMessage());
        }
    }

    private PatientId mainId(StoredPatientView p) {
        return p.consent().patient();
    }

    /** The patient's identifiers as text, e.g. {@code AN-1 (2.16.840.1.113883.3.9999.1.1.1)}. */
    public String identifiers(StoredPatientView p) {
        return String.join(", ", p.patient().identifiers().stream().map(i -> i.value() + " (" + i.assigningAuthority().value() + ")")
                .toList());
    }

    public String consentText(StoredPatientView p) {
        var c = p.consent();
        if (c.recordedAt() == null) {
            return "disclosed (nothing recorded)";
        }
        return (c.optedOut() ? "opted out" : "opted in") + " " + c.recordedAt() + " by " + c.recordedBy();
    }

    private static void info(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    private static void error(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    }

    public String getCommunity() { return community; }
    public void setCommunity(String v) { community = v == null ? null : v.trim(); }
    public String getSearch() { return search; }
    public void setSearch(String v) { search = v; }
    public List<StoredPatientView> getPatients() { return patients; }
    public StoredPatientView getSelected() { return selected; }
    public List<StoredDocumentView> getDocuments() { return documents; }
    public String getDocumentHtml() { return documentHtml; }
    public String getDocumentNote() { return documentNote; }
    public String getReplacing() { return replacing; }
    public String getRelation() { return relation; }
    public void setRelation(String v) { relation = v == null ? "RPLC" : v.toUpperCase(Locale.ROOT); }
    public String getFileType() { return fileType; }
    public void setFileType(String v) { fileType = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { file = v; }
}
