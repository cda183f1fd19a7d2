package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.domain.EndpointCall;
import dev.crossway.initiator.infrastructure.outbound.CallLog;
import dev.crossway.initiator.infrastructure.outbound.CallResult;
import dev.crossway.initiator.infrastructure.persistence.JpaInitiatorRepository;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The call log: calls are queued in memory on the call path and inserted in batches every two
 * seconds. The queue holds at most {@value #CAPACITY}; when it is full the caller waits for room
 * (back-pressure: a burst slows down rather than losing records). Only an interrupted caller
 * gives its record up, and says so in the log.
 */
@Singleton
@LocalBean
@DependsOn("InitiatorSchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CallRecorder implements CallLog {

    static final int CAPACITY = 50_000;
    private static final Logger LOG = Logger.getLogger(CallRecorder.class.getName());

    private final BlockingQueue<EndpointCall> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();

    @PersistenceContext(unitName = "initiator")
    EntityManager em;

    @Override
    public void record(CallResult r, String organizationId, Instant at) {
        EndpointCall call = new EndpointCall(r.url(), r.transaction().directoryName(), organizationId, at, r.elapsedMs(),
                outcome(r), r.httpStatus(), r.attempts(), r.error());
        try {
            queue.put(call);
        } catch (InterruptedException e) {
            dropped.incrementAndGet();
            Thread.currentThread().interrupt();
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    public void flush() {
        // everything queued, in batches: a full queue has callers waiting for room
        for (List<EndpointCall> batch = new ArrayList<>(); queue.drainTo(batch, 5_000) > 0; batch = new ArrayList<>()) {
            new JpaInitiatorRepository(em).saveCalls(batch);
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.warning(lost + " endpoint call records not kept: their callers were interrupted while the call log was full");
        }
    }

    static String outcome(CallResult r) {
        return switch (r.outcome()) {
            case OK -> dev.crossway.initiator.application.CallRecord.SUCCESS;
            case TIMEOUT -> dev.crossway.initiator.application.CallRecord.TIMEOUT;
            default -> dev.crossway.initiator.application.CallRecord.FAILURE;
        };
    }
}
