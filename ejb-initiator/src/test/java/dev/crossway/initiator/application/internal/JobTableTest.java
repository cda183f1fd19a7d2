package dev.crossway.initiator.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.application.ProgressEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobTableTest {

    /**
     * A listener runs under its job's lock and may call into the table (an SSE stream that
     * unsubscribes), while a request reading the table checks whether that job has finished: the
     * two locks taken in both orders once deadlocked a request thread and an executor thread.
     */
    @Test
    void aListenerCallingTheTableWhileARequestReadsItDoesNotDeadlock() throws Exception {
        JobTable table = new JobTable(10, Duration.ofMinutes(10), Clock.systemUTC());
        Job job = table.create("acme-ehr");
        CountDownLatch listenerRunning = new CountDownLatch(1);
        CountDownLatch tableHeld = new CountDownLatch(1);
        job.subscribe(e -> {
            listenerRunning.countDown();
            await(tableHeld);
            table.get(job.id()); // under the job's lock, wants the table's
        });
        CompletableFuture<Void> publisher = CompletableFuture.runAsync(() ->
                job.publish(new ProgressEvent(ProgressEvent.STARTED, 1, "started", null, null, Instant.now())));
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            await(listenerRunning);
            synchronized (table) { // the table's lock, as a request's get() holds it, then its expiry check of the job
                tableHeld.countDown();
                assertThat(table.get(job.id())).contains(job);
            }
        });
        reader.get(10, TimeUnit.SECONDS);
        publisher.get(10, TimeUnit.SECONDS);
        assertThat(job.finished()).isFalse();
    }

    @Test
    void finishedJobsAreForgottenAfterTheirKeepTime() {
        Instant now = Instant.now();
        JobTable table = new JobTable(10, Duration.ofMinutes(1), Clock.fixed(now.plus(Duration.ofMinutes(5)),
                java.time.ZoneOffset.UTC));
        Job done = table.create("acme-ehr");
        Job running = table.create("acme-ehr");
        done.publish(new ProgressEvent(ProgressEvent.COMPLETED, 100, null, null, null, now));
        assertThat(table.get(done.id())).isEmpty();
        assertThat(table.get(running.id())).contains(running);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
