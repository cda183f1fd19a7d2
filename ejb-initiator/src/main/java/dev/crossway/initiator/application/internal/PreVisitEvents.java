package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.AppointmentView;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.infrastructure.persistence.StorageJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code Scheduling.ResultsReady}: which appointment, where its results are and how
 * many communities and documents they hold. No clinical content and no demographics travel in
 * the webhook: the partner fetches the results with its own token.
 */
final class PreVisitEvents {

    private PreVisitEvents() {
    }

    static String resultsReady(AppointmentView a, MergedSummary summary, Instant at) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("DataModel", "Scheduling");
        meta.put("EventType", "ResultsReady");
        meta.put("EventDateTime", at.toString());
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("VisitNumber", a.visitId());
        visit.put("VisitDateTime", a.visitTime() == null ? null : a.visitTime().toString());
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("Id", a.id());
        appointment.put("Status", a.status());
        appointment.put("CompletedAt", a.completedAt() == null ? at.toString() : a.completedAt().toString());
        appointment.put("Results", "/api/v1/Scheduling/Appointments/" + a.id());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("Communities", summary.sources().size());
        counts.put("Documents", summary.header() == null ? 0 : summary.header().parsedDocuments());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Meta", meta);
        body.put("Visit", visit);
        body.put("Appointment", appointment);
        body.put("Summary", counts);
        return StorageJson.write(body);
    }
}
