package dev.crossway.web.portal;

import dev.crossway.initiator.application.Demographics;
import dev.crossway.initiator.application.DocumentQueries;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.interop.access.Caller;
import dev.crossway.interop.access.Grants;
import dev.crossway.interop.access.NotGrantedException;
import dev.crossway.interop.access.SubjectRole;
import dev.crossway.interop.ccda.CcdaRejectedException;
import dev.crossway.interop.ccda.NarrativeHtml;
import dev.crossway.responder.application.AccessAudit;
import dev.crossway.web.access.Callers;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.JobView;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.PatientQueries;
import dev.crossway.initiator.application.PatientQueryRequest;
import dev.crossway.initiator.application.SigningIdentity;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.application.Targets;
import dev.crossway.web.api.error.FieldPaths;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * "Find records" (administrators and clinicians): demographics in, targets chosen (a radius or a list of communities), the
 * network asked as a background job whose progress, matched communities, documents and merged
 * discrete data appear as they arrive.
 */
@Named
@ViewScoped
public class FindRecords implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PatientQueries queries;
    @Inject
    transient SigningIdentity identity;
    @Inject
    transient DocumentQueries documents;
    @Inject
    transient Callers callers;
    @Inject
    transient AccessAudit audit;

    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String sex = "Unknown";
    private String street;
    private String city;
    private String state;
    private String zip;
    private String phone;
    private String targetMode = "radius";
    private Double radiusMiles = 50.0;
    private String organizations;
    private String purpose;
    private String documentHtml;
    private String documentNote;
    private String jobId;
    private JobView job;

    public void start() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Caller caller = callers.current();
        Targets targets = "list".equals(targetMode)
                ? Targets.of(organizations == null ? List.of() : Arrays.stream(organizations.split("[,\\s]+")).filter(s -> !s.isBlank()).toList())
                : Targets.radius(radiusMiles == null ? Targets.DEFAULT_RADIUS_MILES : radiusMiles, zip);
        try {
            jobId = queries.start(caller, new PatientQueryRequest(
                    context(caller),
                    new Demographics(List.of(), firstName, null, lastName, birthDate, sex, street, city, state, zip, phone, null),
                    targets));
            refresh();
        } catch (InitiatorValidationException e) {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FieldPaths.of(e.field()), e.getMessage()));
        } catch (NotGrantedException e) {
            refused(caller, "Find records", e);
        } catch (NoSubjectRoleException e) {
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "No network role", e.getMessage()));
        }
    }

    /**
     * The person asks as themselves: their user id, their own network role (set by an administrator;
     * none set: refused, see {@link NoSubjectRoleException}), the purpose of use they chose among those the
     * portal's organization is granted (the {@code crossway-portal} client's grants), the gateway's own
     * organization. The facade checks the purpose against the grants again.
     */
    private InitiatorContext context(Caller caller) {
        SubjectRole role = callers.subjectRole().orElseThrow(() -> new NoSubjectRoleException(caller.userId()));
        return new InitiatorContext(caller.userId(), role.code(), getPurpose(), "Crossway portal", identity.homeCommunityId(), null)
                .by(caller.userId(), InitiatorContext.Channel.PORTAL);
    }

    /** The purposes of use the clinician may choose: what the portal's organization is granted. */
    public List<String> getPurposes() {
        Set<String> granted = callers.current().grants().purposesOfUse();
        return granted.contains(Grants.ANY) ? ALL_PURPOSES : granted.stream().sorted().toList();
    }

    /**
     * Opens a document: a JSF action (POST with the view state, Faces' protection against cross-site
     * requests) because it makes a network retrieve, which a GET link would let any page trigger.
     * A C-CDA is shown as HTML rendered by Crossway from its narrative (escaped, whitelisted
     * elements); anything else is only described.
     */
    public void open(DocumentRow d) {
        Caller caller = callers.current();
        documentHtml = null;
        documentNote = null;
        try {
            RetrievedDocument doc = documents.retrieve(caller, context(caller),
                    dev.crossway.interop.id.HomeCommunityId.of(d.organizationId()),
                    new dev.crossway.interop.id.DocumentUniqueId(d.documentId()),
                    d.repositoryUniqueId() == null ? null : dev.crossway.interop.id.Oid.of(d.repositoryUniqueId()));
            if (doc.content() == null) {
                documentNote = "the community did not return the document: " + doc.source().status()
                        + (doc.source().error() == null ? "" : " " + doc.source().error());
                return;
            }
            try {
                documentHtml = NarrativeHtml.render(doc.content());
            } catch (CcdaRejectedException e) {
                documentNote = "not a C-CDA (" + doc.mimeType() + ", " + doc.content().length + " bytes)";
            }
        } catch (InitiatorValidationException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FieldPaths.of(e.field()), e.getMessage()));
        } catch (NotGrantedException e) {
            refused(caller, "Open document", e);
        } catch (NoSubjectRoleException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "No network role", e.getMessage()));
        }
    }

    private void refused(Caller caller, String action, NotGrantedException e) {
        audit.refused(caller, "portal " + action, e);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not granted", e.getMessage()));
    }

    public void refresh() {
        job = jobId == null ? null : queries.job(callers.current(), jobId).orElse(null);
    }

    public boolean isRunning() {
        return job != null && JobView.RUNNING.equals(job.status());
    }

    public List<SourceOutcome> getSources() {
        MergedSummary s = summary();
        return s == null ? List.of() : s.sources();
    }

    /** Every document listed by a matched community, with the community that holds it. */
    public List<DocumentRow> getDocuments() {
        List<DocumentRow> rows = new ArrayList<>();
        for (SourceOutcome s : getSources()) {
            if (s.documents() != null) {
                for (DocumentRef d : s.documents()) {
                    rows.add(new DocumentRow(s.organizationId(), s.organizationName(), d.repositoryUniqueId(), d.id(),
                            d.title(), d.typeName(), d.dateTime() == null ? null : d.dateTime().toString()));
                }
            }
        }
        return rows;
    }

    public List<DiscreteRow> getMedications() { return rows(MergedSummary::medications, DiscreteRow::medication); }
    public List<DiscreteRow> getAllergies() { return rows(MergedSummary::allergies, DiscreteRow::allergy); }
    public List<DiscreteRow> getProblems() { return rows(MergedSummary::problems, DiscreteRow::problem); }
    public List<DiscreteRow> getResults() { return rows(MergedSummary::results, DiscreteRow::result); }
    public List<DiscreteRow> getImmunizations() { return rows(MergedSummary::immunizations, DiscreteRow::immunization); }
    public List<DiscreteRow> getVitalSigns() { return rows(MergedSummary::vitalSigns, DiscreteRow::vital); }

    private <T> List<DiscreteRow> rows(Function<MergedSummary, List<T>> section, Function<T, DiscreteRow> toRow) {
        MergedSummary s = summary();
        return s == null ? List.of() : section.apply(s).stream().map(toRow).toList();
    }

    private MergedSummary summary() {
        return job == null ? null : job.summary();
    }

    /** A document to open: the community that holds it and its XDS ids. */
    public record DocumentRow(String organizationId, String organizationName, String repositoryUniqueId, String documentId,
                              String title, String type, String date) implements Serializable {
    }

    private static final List<String> ALL_PURPOSES = List.of("TREATMENT", "PAYMENT", "OPERATIONS", "REQUEST", "COVERAGE",
            "EMERGENCY", "PUBLICHEALTH");

    public String getPurpose() {
        List<String> allowed = getPurposes();
        return purpose != null && allowed.contains(purpose) ? purpose : allowed.isEmpty() ? null : allowed.get(0);
    }
    public void setPurpose(String v) { purpose = v; }
    public String getDocumentHtml() { return documentHtml; }
    public String getDocumentNote() { return documentNote; }
    public JobView getJob() { return job; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getStreet() { return street; }
    public void setStreet(String v) { street = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getState() { return state; }
    public void setState(String v) { state = v; }
    public String getZip() { return zip; }
    public void setZip(String v) { zip = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getTargetMode() { return targetMode; }
    public void setTargetMode(String v) { targetMode = v; }
    public Double getRadiusMiles() { return radiusMiles; }
    public void setRadiusMiles(Double v) { radiusMiles = v; }
    public String getOrganizations() { return organizations; }
    public void setOrganizations(String v) { organizations = v; }
}
