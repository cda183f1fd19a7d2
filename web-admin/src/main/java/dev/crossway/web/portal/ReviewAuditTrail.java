package dev.crossway.web.portal;

import dev.crossway.responder.application.AuditFilter;
import dev.crossway.responder.application.AuditQueries;
import dev.crossway.responder.application.AuditView;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.application.VolumeBucket;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
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

    private LocalDate from;
    private LocalDate to;
    private String transaction;
    private String outcome;
    private String initiator;
    private String patient;
    private boolean daily;
    private List<AuditView> records;

    public void search() {
        try {
            records = audit.search(new AuditFilter(start(), end(), blank(transaction), blank(initiator), blank(outcome),
                    blank(patient), 200, 0));
        } catch (ResponderValidationException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.field(), e.getMessage()));
        }
    }

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
