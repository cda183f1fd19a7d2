package dev.crossway.web.portal;

import dev.crossway.responder.application.AuditFilter;
import dev.crossway.responder.application.AuditQueries;
import dev.crossway.responder.application.AuditView;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.application.VolumeBucket;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import dev.crossway.initiator.application.DemographicsDigests;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.OutboundAudit;
import dev.crossway.web.api.Accounting;
import dev.crossway.web.api.dto.AccountingEntryDto;
import dev.crossway.web.api.error.FieldPaths;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit trail, read-only: every query and disclosure with filters, and the query volume per
 * hour or day as a chart.
 */
@Named
@ViewScoped
public class ReviewAuditTrail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditQueries audit;
    @Inject
    transient OutboundAudit outbound;

    private LocalDate from;
    private LocalDate to;
    private String transaction;
    private String outcome;
    private String initiator;
    private String patient;
    private boolean daily;
    private String direction = "Inbound";
    private List<AuditView> records;
    private List<AccountingEntryDto> entries;

    public void search() {
        entries = null;
        if (!isInbound()) {
            entries = accounting();
            return;
        }
        try {
            records = audit.search(new AuditFilter(start(), end(), blank(transaction), blank(initiator), blank(outcome),
                    blank(patient), 200, 0));
        } catch (ResponderValidationException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, FieldPaths.of(e), e.getMessage()));
        }
    }

    /** Outbound: the initiator's accesses; Both: the accounting of disclosures of one patient in both directions. */
    private List<AccountingEntryDto> accounting() {
        try {
            List<AccountingEntryDto> out = outbound.accesses(blank(patient), start(), end(), 500, 0).stream()
                    .map(Accounting::outbound).toList();
            if ("Outbound".equals(direction)) {
                return out;
            }
            if (blank(patient) == null) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Patient",
                        "the accounting across both directions is per patient: enter the patient's identifier (CX)"));
                return List.of();
            }
            List<AccountingEntryDto> in = DemographicsDigests.looksLikeDigest(patient) ? List.<AccountingEntryDto>of()
                    : audit.search(new AuditFilter(start(), end(), null, null, null, blank(patient), 500, 0)).stream()
                            .filter(a -> !"ADMIN".equals(a.transaction())).map(Accounting::inbound).toList();
            return Accounting.merged(in, out);
        } catch (ResponderValidationException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FieldPaths.of(e), e.getMessage()));
        } catch (InitiatorValidationException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FieldPaths.of(e.field()), e.getMessage()));
        }
        return List.of();
    }

    /** The accounting shown, as a CSV download (a non-AJAX POST of the page's form, so JSF's CSRF token guards it). */
    public void downloadCsv() throws java.io.IOException {
        List<AccountingEntryDto> rows = isInbound()
                ? getRecords().stream().map(Accounting::inbound).toList() : getEntries();
        FacesContext ctx = FacesContext.getCurrentInstance();
        var external = ctx.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"accounting-of-disclosures.csv\"");
        external.getResponseOutputStream().write(Accounting.csv(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ctx.responseComplete();
    }

    public boolean isInbound() {
        return direction == null || "Inbound".equals(direction);
    }

    public List<AccountingEntryDto> getEntries() {
        if (entries == null) {
            entries = isInbound() ? List.of() : accounting();
        }
        return entries;
    }

    public String getDirection() { return direction; }
    public void setDirection(String v) { direction = v == null || v.isBlank() ? "Inbound" : v; }

    public List<AuditView> getRecords() {
        if (records == null) {
            search();
        }
        return records;
    }

    /** A Chart.js configuration (PrimeFaces' p:chart takes it as JSON) of queries per bucket and transaction. */
    public String getVolumeChart() {
        Instant end = end() == null ? Instant.now() : end();
        Instant start = start() == null ? end.minus(daily ? Duration.ofDays(30) : Duration.ofHours(48)) : start();
        List<VolumeBucket> buckets = audit.volume(start, end, daily);
        String labels = buckets.stream().map(b -> "\"" + b.start().toString().substring(0, daily ? 10 : 13).replace('T', ' ') + "\"")
                .collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset("XCPD", buckets.stream().map(b -> String.valueOf(b.xcpd())), "#1f3a5f") + ","
                + dataset("XCA query", buckets.stream().map(b -> String.valueOf(b.xcaQuery())), "#4f8fbf") + ","
                + dataset("XCA retrieve", buckets.stream().map(b -> String.valueOf(b.xcaRetrieve())), "#9cc3e0")
                + "]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true,\"beginAtZero\":true}}}}";
    }

    private static String dataset(String label, java.util.stream.Stream<String> values, String color) {
        return "{\"label\":\"" + label + "\",\"backgroundColor\":\"" + color + "\",\"data\":["
                + values.collect(Collectors.joining(",")) + "]}";
    }

    private Instant start() {
        return from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public String getTransaction() { return transaction; }
    public void setTransaction(String v) { transaction = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public String getInitiator() { return initiator; }
    public void setInitiator(String v) { initiator = v; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public boolean isDaily() { return daily; }
    public void setDaily(boolean v) { daily = v; }
}
