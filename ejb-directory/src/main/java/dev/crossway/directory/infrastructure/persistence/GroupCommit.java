package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.interop.concurrent.CompletionBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Group commit: {@link #accept} returns only once its item is written, as a plain synchronous
 * write would, but the items that arrive while one write is in progress go together in the next
 * one, in one commit. Under load a gateway thus commits its audit records a few dozen at a
 * time, with one flush of the database log each, instead of one transaction per request; alone,
 * a request writes its own record at once and waits for nothing.
 *
 * <p>No thread of its own: a caller that gets one of the {@code writers} permits writes for
 * everyone queued (oldest first, in batches, until its own item is written); the others park
 * until their item is written or, if it came too late for the writers at work, until they are
 * woken to write the next batch. A few writers at once (not one) keep the database busy while a
 * commit waits for its log flush, which the database then shares between them. If a batch
 * fails, its items are written one by one, so one bad item fails only its own caller.
 *
 * <p>{@link #submit} is the same commit for a caller that need not wait on its thread: it queues
 * its item and returns a stage that the write completes, on the thread that wrote it. Submitted
 * items are written by the {@code writerThreads} given (a writer's permit free: a turn of at most
 * {@value #BATCHES_PER_TURN} batches is handed to them), or, without any, by the submitting caller
 * itself. Every writer looks at the queue again after giving its permit back, so that no item is
 * left queued with nobody to write it. The responding gateway answers that way
 * ({@code GatewayAuditLog}): its request threads neither park for the commit nor write for others.
 *
 * <p>Written by hand because what is needed is this queue and a semaphore; the durable-queue
 * libraries (a JMS queue, a disruptor) would answer before the record is on disk, which an audit
 * of disclosures must not.
 *
 * <p>Lives in ejb-directory because both gateways use it (the responder's {@code GatewayAuditLog},
 * the initiator's {@code OutboundAuditLog}) and both depend on this module; not in interop, whose
 * job is the formats: this is the server's persistence machinery, beside {@link ModuleMigrations}.
 */
public final class GroupCommit<T> implements Consumer<T> {

    private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** A writer thread's turn: then it hands the rest to a fresh turn, so that no task runs for as long as the load lasts. */
    static final int BATCHES_PER_TURN = 16;

    private final Queue<Pending<T>> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore writers;
    private final Consumer<List<T>> writer;
    private final int maxBatch;
    private final Executor writerThreads;

    /**
     * {@code writer} writes its list in one commit, or throws and writes nothing; it is
     * called by at most {@code writers} threads at once, each time with at most {@code maxBatch} items.
     * Submitted items are written by their submitters.
     */
    public GroupCommit(Consumer<List<T>> writer, int writers, int maxBatch) {
        this(writer, writers, maxBatch, null);
    }

    /** As above; submitted items are written on {@code writerThreads} (at most {@code writers} tasks at once). */
    public GroupCommit(Consumer<List<T>> writer, int writers, int maxBatch, Executor writerThreads) {
        if (maxBatch < 1 || writers < 1) {
            throw new IllegalArgumentException("writers and maxBatch must be at least 1");
        }
        this.writer = writer;
        this.writers = new Semaphore(writers);
        this.maxBatch = maxBatch;
        this.writerThreads = writerThreads;
    }

    /** Writes {@code item}, together with whatever else is waiting; throws what its write threw. */
    @Override
    public void accept(T item) {
        Pending<T> pending = new Pending<>(item, Thread.currentThread(), null);
        queue.add(pending);
        while (!pending.done) {
            if (writers.tryAcquire()) {
                try {
                    while (!pending.done && writeBatch()) {
                        // this writer's own item is written in its turn, with those queued before it
                    }
                } finally {
                    writers.release();
                }
                // what arrived during the last write: its oldest waiter leads the next one; a submitted
                // item has no waiter, so it is scheduled as a submitter would
                Pending<T> next = queue.peek();
                if (next != null) {
                    if (next.thread != null) {
                        LockSupport.unpark(next.thread);
                    } else {
                        schedule();
                    }
                }
                if (pending.done) {
                    break;
                }
                // not written, queue empty: it is in another writer's batch, which wakes it when done
            }
            // woken when written, or when it is this one's turn to write; the timeout is only a safety net
            LockSupport.parkNanos(this, PARK_NANOS);
        }
        if (pending.failure != null) {
            throw pending.failure;
        }
    }

    /**
     * Queues {@code item} and returns at once: the stage completes when the item is committed, or
     * exceptionally with what its write threw, on the thread that wrote it: a writer thread, or
     * without any this one, if it found a writer's permit free (it then writes everything queued).
     */
    public CompletableFuture<Void> submit(T item) {
        Pending<T> pending = new Pending<>(item, null, new CompletableFuture<>());
        queue.add(pending);
        schedule();
        return pending.written;
    }

    /**
     * Has the queue written if a writer's permit is free: by a turn on a writer thread, or, without
     * any (or once they are shut down), on this thread until it is empty. Looking again after each
     * permit is given back closes the race with an item queued while the permits were all taken:
     * either that item's caller got a permit, or a writer held one then, and sees the item here.
     */
    private void schedule() {
        while (!queue.isEmpty() && writers.tryAcquire()) {
            if (writerThreads != null) {
                try {
                    writerThreads.execute(() -> {
                        writeHolding(BATCHES_PER_TURN);
                        schedule();
                    });
                    return;
                } catch (RejectedExecutionException stopping) {
                    // no writer thread any more (the application is stopping): this one writes
                }
            }
            writeHolding(Integer.MAX_VALUE);
        }
        Pending<T> next = queue.peek();
        if (next != null && next.thread != null) {
            // a synchronous caller queued behind the batches written here leads the next one
            LockSupport.unpark(next.thread);
        }
    }

    /** With a writer's permit: writes up to {@code turns} batches (fewer if the queue empties), then gives the permit back. */
    private void writeHolding(int turns) {
        try {
            for (int i = 0; i < turns && writeBatch(); i++) {
                // oldest first
            }
        } finally {
            writers.release();
        }
    }

    /** Takes up to maxBatch queued items (oldest first) and writes them; false if there were none. */
    private boolean writeBatch() {
        List<Pending<T>> batch = new ArrayList<>();
        for (Pending<T> p; batch.size() < maxBatch && (p = queue.poll()) != null; ) {
            batch.add(p);
        }
        if (batch.isEmpty()) {
            return false;
        }
        try {
            writer.accept(batch.stream().map(p -> p.item).toList());
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1) {
                batch.get(0).failure = batchFailure;
            } else {
                for (Pending<T> p : batch) {
                    try {
                        writer.accept(List.of(p.item));
                    } catch (RuntimeException e) {
                        p.failure = e;
                    }
                }
            }
        } catch (Error e) {
            batch.forEach(p -> p.failure = new IllegalStateException("the batch could not be written: " + e, e));
            throw e;
        } finally {
            // whatever happened, each taken item is answered: its caller must never wait for a batch that is gone;
            // what the answers would each repeat (waking the same I/O thread) runs once, after them all
            CompletionBatch.completing(() -> answer(batch));
        }
        return true;
    }

    private static <T> void answer(List<Pending<T>> batch) {
        for (Pending<T> p : batch) {
            p.done = true;
            if (p.written != null) {
                // runs what waits on the item here, on this thread: a submitting caller's answer
                if (p.failure == null) {
                    p.written.complete(null);
                } else {
                    p.written.completeExceptionally(p.failure);
                }
            } else {
                LockSupport.unpark(p.thread);
            }
        }
    }

    /**
     * {@code failure} is written before {@code done}, whose volatile write publishes it. A
     * synchronous caller's item has its {@code thread}, a submitted one its {@code written} stage.
     */
    private static final class Pending<T> {
        final T item;
        final Thread thread;
        final CompletableFuture<Void> written;
        volatile boolean done;
        RuntimeException failure;

        Pending(T item, Thread thread, CompletableFuture<Void> written) {
            this.item = item;
            this.thread = thread;
            this.written = written;
        }
    }
}
