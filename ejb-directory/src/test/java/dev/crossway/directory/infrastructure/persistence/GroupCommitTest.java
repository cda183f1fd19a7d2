package dev.crossway.directory.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupCommitTest {

    /** A writer that keeps each committed batch, slowly, as a database commit would take time. */
    static final class SlowWriter implements java.util.function.Consumer<List<Integer>> {
        final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        final Set<Integer> committed = ConcurrentHashMap.newKeySet();
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public void accept(List<Integer> batch) {
            mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
            threads.add(Thread.currentThread().getName());
            try {
                if (batch.contains(-1)) {
                    throw new IllegalStateException("item -1 is refused");
                }
                sleep(2);
                batches.add(List.copyOf(batch));
                committed.addAll(batch);
            } finally {
                inside.decrementAndGet();
            }
        }
    }

    @Test
    void everyItemIsWrittenOnceBeforeItsCallerReturnsAndConcurrentItemsShareATransaction() throws Exception {
        SlowWriter writer = new SlowWriter();
        GroupCommit<Integer> commit = new GroupCommit<>(writer, 2, 50);
        int threads = 16;
        int perThread = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> notYetCommitted = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * perThread;
            notYetCommitted.add(pool.submit(() -> {
                start.await();
                int missing = 0;
                for (int i = 0; i < perThread; i++) {
                    commit.accept(base + i);
                    if (!writer.committed.contains(base + i)) {
                        missing++;
                    }
                }
                return missing;
            }));
        }
        start.countDown();
        for (Future<Integer> f : notYetCommitted) {
            assertThat(f.get(60, TimeUnit.SECONDS)).as("items returned before their commit").isZero();
        }
        pool.shutdown();

        List<Integer> all = writer.batches.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
        assertThat(writer.mostAtOnce.get()).as("batches written at once").isBetween(1, 2);
        assertThat(writer.batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 50));
        assertThat(writer.batches.size()).as("transactions for %d items from %d threads", all.size(), threads)
                .isLessThan(all.size() / 3);
    }

    @Test
    void aLoneCallerWritesItsOwnItemAtOnce() {
        SlowWriter writer = new SlowWriter();
        GroupCommit<Integer> commit = new GroupCommit<>(writer, 1, 50);
        commit.accept(7);
        commit.accept(8);
        assertThat(writer.batches).containsExactly(List.of(7), List.of(8));
    }

    @Test
    void aBadItemFailsOnlyItsOwnCaller() throws Exception {
        SlowWriter writer = new SlowWriter();
        GroupCommit<Integer> commit = new GroupCommit<>(writer, 1, 50);
        // hold the writer busy so that the next items queue up and are tried as one batch
        CountDownLatch queued = new CountDownLatch(1);
        GroupCommit<Integer> gate = new GroupCommit<>(batch -> {
            try {
                queued.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writer.accept(batch);
        }, 1, 50);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<?> first = pool.submit(() -> gate.accept(1));
        sleep(100);
        Future<?> bad = pool.submit(() -> gate.accept(-1));
        Future<?> good = pool.submit(() -> gate.accept(2));
        Future<?> good2 = pool.submit(() -> gate.accept(3));
        sleep(200);
        queued.countDown();
        first.get(10, TimeUnit.SECONDS);
        good.get(10, TimeUnit.SECONDS);
        good2.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("item -1 is refused");
        assertThat(writer.committed).containsExactlyInAnyOrder(1, 2, 3);
        assertThatThrownBy(() -> commit.accept(-1)).isInstanceOf(IllegalStateException.class);
        commit.accept(4);
        assertThat(writer.committed).contains(4);
    }

    @Test
    void anErrorInTheWriterReleasesEveryWaitingCaller() {
        GroupCommit<Integer> commit = new GroupCommit<>(batch -> {
            throw new OutOfMemoryError("simulated");
        }, 1, 10);
        assertThatThrownBy(() -> commit.accept(1)).isInstanceOf(OutOfMemoryError.class);
        assertThatThrownBy(() -> new GroupCommit<Integer>(b -> { }, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Two writer threads, as the gateway's audit log has; or none (null), and the submitters write. */
    private static ExecutorService writerThreads(boolean any) {
        return any ? Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "writer-thread");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    @ParameterizedTest(name = "writer threads: {0}")
    @ValueSource(booleans = {false, true})
    void aSubmittedItemCompletesOnlyOnceWrittenAndConcurrentItemsShareATransaction(boolean withWriterThreads)
            throws Exception {
        SlowWriter writer = new SlowWriter();
        ExecutorService writerThreads = writerThreads(withWriterThreads);
        GroupCommit<Integer> commit = new GroupCommit<>(writer, 2, 50, writerThreads);
        int threads = 16;
        int perThread = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Set<Integer> completedUnwritten = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Void>> stages = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> submitters = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * perThread;
            submitters.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    int item = base + i;
                    stages.add(commit.submit(item).whenComplete((ok, failure) -> {
                        if (failure != null || !writer.committed.contains(item)) {
                            completedUnwritten.add(item);
                        }
                    }));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : submitters) {
            f.get(60, TimeUnit.SECONDS);
        }
        // nothing calls the commit any more: whatever is still queued is written by the writers at work
        CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(completedUnwritten).as("stages completed before their item was committed").isEmpty();
        List<Integer> all = writer.batches.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
        assertThat(writer.mostAtOnce.get()).as("batches written at once").isBetween(1, 2);
        assertThat(writer.batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 50));
        assertThat(writer.batches.size()).as("transactions for %d items from %d threads", all.size(), threads)
                .isLessThan(all.size() / 3);
        if (withWriterThreads) {
            assertThat(writer.threads).as("threads that wrote").containsOnly("writer-thread");
            writerThreads.shutdown();
        }
    }

    @Test
    void aSubmitterNeverWritesWhenThereAreWriterThreadsAndAStoppedPoolLeavesNothingUnwritten() throws Exception {
        SlowWriter writer = new SlowWriter();
        ExecutorService writerThreads = writerThreads(true);
        GroupCommit<Integer> commit = new GroupCommit<>(writer, 2, 50, writerThreads);
        commit.submit(1).get(10, TimeUnit.SECONDS);
        assertThat(writer.threads).containsOnly("writer-thread");
        writerThreads.shutdown();
        // once the writer thread has finished its turn (and given its permit back) and is gone, the
        // submitter writes its item itself rather than leave it queued; asked before that, the item
        // was sometimes taken by the ending turn a moment after submit returned
        assertThat(writerThreads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(commit.submit(2)).isCompleted();
        assertThat(writer.committed).containsExactlyInAnyOrder(1, 2);
    }

    @ParameterizedTest(name = "writer threads: {0}")
    @ValueSource(booleans = {false, true})
    void anItemSubmittedWhileEveryWriterIsBusyIsWrittenByThemWithoutAnotherCall(boolean withWriterThreads) throws Exception {
        Held held = Held.atItemOne(withWriterThreads);
        GroupCommit<Integer> commit = held.commit();
        SlowWriter writer = held.writer();
        CompletableFuture<Void> queued = commit.submit(2);
        CompletableFuture<Void> queuedToo = commit.submit(3);
        assertThat(queued).as("returned at once, the only writer busy").isNotDone();
        held.finishItemOne();
        queued.get(10, TimeUnit.SECONDS);
        queuedToo.get(10, TimeUnit.SECONDS);
        assertThat(writer.committed).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(writer.batches).containsExactly(List.of(1), List.of(2, 3));
    }

    @ParameterizedTest(name = "writer threads: {0}")
    @ValueSource(booleans = {false, true})
    void aBadSubmittedItemFailsOnlyItsOwnStage(boolean withWriterThreads) throws Exception {
        Held held = Held.atItemOne(withWriterThreads);
        GroupCommit<Integer> commit = held.commit();
        SlowWriter writer = held.writer();
        CompletableFuture<Void> good = commit.submit(2);
        CompletableFuture<Void> bad = commit.submit(-1);
        CompletableFuture<Void> goodToo = commit.submit(3);
        held.finishItemOne();
        good.get(10, TimeUnit.SECONDS);
        goodToo.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("item -1 is refused");
        assertThat(writer.committed).containsExactlyInAnyOrder(1, 2, 3);
        CompletableFuture<Void> refused = commit.submit(-1);
        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("item -1 is refused");
        commit.submit(4).get(10, TimeUnit.SECONDS);
        assertThat(writer.committed).contains(4);
    }

    /**
     * A commit with one writer's permit, taken by item 1 (accepted on a thread of its own) until
     * {@link #finishItemOne}: what is submitted meanwhile queues behind it.
     */
    private record Held(GroupCommit<Integer> commit, SlowWriter writer, CountDownLatch release, Future<?> busy) {

        static Held atItemOne(boolean withWriterThreads) {
            SlowWriter writer = new SlowWriter();
            CountDownLatch release = new CountDownLatch(1);
            GroupCommit<Integer> commit = new GroupCommit<>(batch -> {
                if (batch.contains(1)) {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                writer.accept(batch);
            }, 1, 50, writerThreads(withWriterThreads));
            ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "accepting-thread");
                t.setDaemon(true);
                return t;
            });
            Future<?> busy = pool.submit(() -> commit.accept(1));
            pool.shutdown();
            sleep(100);
            return new Held(commit, writer, release, busy);
        }

        /** Lets item 1's batch through and waits until its caller has returned. */
        void finishItemOne() throws Exception {
            release.countDown();
            busy.get(10, TimeUnit.SECONDS);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
