package dev.crossway.initiator.domain.webhook;

import java.util.Set;

/** The events a destination may subscribe to, named as Redox names its data model events. */
public final class EventNames {

    /** An asynchronous PatientQuery job finished (completed or failed): fetch it at {@code /jobs/{JobID}}. */
    public static final String PATIENT_QUERY_COMPLETED = "PatientQuery.Completed";
    /** A pre-visit query's results are ready. */
    public static final String SCHEDULING_RESULTS_READY = "Scheduling.ResultsReady";

    public static final Set<String> KNOWN = Set.of(PATIENT_QUERY_COMPLETED, SCHEDULING_RESULTS_READY);

    private EventNames() {
    }

    public static boolean known(String name) {
        return name != null && KNOWN.contains(name);
    }
}
