package dev.crossway.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xnio.OptionMap;
import org.xnio.Xnio;
import org.xnio.XnioIoThread;
import org.xnio.XnioWorker;

/** Async tasks from the application's own threads run on them; the container's I/O threads never run one. */
class AnswerHandoffTest {

    /** An I/O thread that holds what it is given (its wake-ups) until the test runs it. */
    private final List<Runnable> wakeUps = new ArrayList<>();
    private final Executor ioThread = wakeUps::add;
    private final AnswerHandoff.IoThreads ioThreads = new AnswerHandoff.IoThreads();
    /** What ran, in order. */
    private final List<String> ran = new ArrayList<>();

    @Test
    void undertowFindsTheExtension() {
        assertThat(ServiceLoader.load(ServletExtension.class).stream().map(ServiceLoader.Provider::type))
                .contains(AnswerHandoff.class);
    }

    @Test
    void aTaskFromAThreadOutsideTheContainerRunsOnItBeforeExecuteReturns() {
        DeploymentInfo deployment = handedOff(null);
        Thread[] ranOn = new Thread[1];
        deployment.getAsyncExecutor().execute(() -> ranOn[0] = Thread.currentThread());
        assertThat(ranOn[0]).isSameAs(Thread.currentThread());
    }

    @Test
    void aTaskSubmittedFromInsideAMonitorDuringAHandOverRunsAfterItOnTheSameThreadOutsideTheMonitor() {
        DeploymentInfo deployment = handedOff(null);
        Object monitor = new Object();
        List<String> steps = new ArrayList<>();
        AnswerHandoff.outsideTheMonitor(() -> {
            synchronized (monitor) {
                deployment.getAsyncExecutor().execute(() -> steps.add("task on " + Thread.currentThread().getName()
                        + (Thread.holdsLock(monitor) ? " inside" : " outside") + " the monitor"));
                steps.add("submitted");
            }
        });
        assertThat(steps).containsExactly("submitted", "task on " + Thread.currentThread().getName() + " outside the monitor");
        // and a task submitted after the hand-over runs at once again
        deployment.getAsyncExecutor().execute(() -> steps.add("later"));
        assertThat(steps).endsWith("later");
    }

    @Test
    void aSubmittedTaskRunsEvenWhenTheHandOverFailsAfterwardsAndTheFailureIsThrown() {
        DeploymentInfo deployment = handedOff(null);
        assertThatThrownBy(() -> AnswerHandoff.outsideTheMonitor(() -> {
            deployment.getAsyncExecutor().execute(() -> ran.add("first"));
            deployment.getAsyncExecutor().execute(() -> {
                throw new IllegalStateException("the second task failed");
            });
            deployment.getAsyncExecutor().execute(() -> ran.add("third"));
            throw new IllegalStateException("the hand-over failed");
        })).hasMessage("the hand-over failed").satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        assertThat(ran).containsExactly("first", "third");
    }

    @Test
    void aTaskFromAnIoThreadGoesToTheConfiguredExecutorOrElseTheWorker() throws Exception {
        XnioWorker worker = Xnio.getInstance().createWorker(OptionMap.EMPTY);
        ExecutorService configured = Executors.newSingleThreadExecutor(r -> new Thread(r, "configured-executor"));
        try {
            assertThat(fromIoThread(handedOff(configured), worker)).isEqualTo("configured-executor");
            String ranOn = fromIoThread(handedOff(null), worker);
            assertThat(ranOn).isNotEqualTo("configured-executor");
            assertThat(ranOn).as("a worker thread, not the I/O thread").doesNotContain("I/O");
        } finally {
            configured.shutdown();
            worker.shutdownNow();
        }
    }

    @Test
    void aHandOverGivenToAnIoThreadRunsThereAndSoDoesTheTaskItSubmitsAfterItOutsideTheMonitor() throws Exception {
        XnioWorker worker = Xnio.getInstance().createWorker(OptionMap.EMPTY);
        ExecutorService configured = Executors.newSingleThreadExecutor(r -> new Thread(r, "configured-executor"));
        try {
            DeploymentInfo deployment = handedOff(configured);
            XnioIoThread io = worker.getIoThread();
            Object monitor = new Object();
            List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> done = new CompletableFuture<>();
            new AnswerHandoff.IoThreads().onTheIoThread(io, () -> {
                synchronized (monitor) {
                    deployment.getAsyncExecutor().execute(() -> {
                        steps.add("task on " + (XnioIoThread.currentThread() == io ? "the I/O thread" : Thread.currentThread().getName())
                                + (Thread.holdsLock(monitor) ? " inside" : " outside") + " the monitor");
                        done.complete(null);
                    });
                    steps.add("handed over on " + (XnioIoThread.currentThread() == io ? "the I/O thread" : Thread.currentThread().getName()));
                }
            }, () -> steps.add("failed"));
            done.get(10, TimeUnit.SECONDS);
            assertThat(steps).containsExactly("handed over on the I/O thread", "task on the I/O thread outside the monitor");
            // a task the I/O thread submits outside a hand-over still goes to the configured executor
            assertThat(fromIoThread(deployment, worker)).isEqualTo("configured-executor");
        } finally {
            configured.shutdown();
            worker.shutdownNow();
        }
    }

    @Test
    void whenTheHandOverThrowsOnTheIoThreadTheFailureRunsThereInstead() throws Exception {
        XnioWorker worker = Xnio.getInstance().createWorker(OptionMap.EMPTY);
        try {
            XnioIoThread io = worker.getIoThread();
            CompletableFuture<Boolean> failedOnIo = new CompletableFuture<>();
            new AnswerHandoff.IoThreads().onTheIoThread(io, () -> {
                throw new IllegalStateException("the client went away");
            }, () -> failedOnIo.complete(XnioIoThread.currentThread() == io));
            assertThat(failedOnIo.get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void whenTheIoThreadRefusesTheWorkTheFailureRunsOnTheCaller() {
        List<String> steps = new ArrayList<>();
        new AnswerHandoff.IoThreads().onTheIoThread(task -> {
            throw new java.util.concurrent.RejectedExecutionException("stopping");
        }, () -> steps.add("handed over"), () -> steps.add("failed on " + Thread.currentThread().getName()));
        assertThat(steps).containsExactly("failed on " + Thread.currentThread().getName());
    }

    @Test
    void theHandOversThatReachAnIoThreadBeforeItStartsOnThemGoToItWithOneWakeUpInTheirOrder() {
        for (String answer : List.of("first", "second", "third")) {
            ioThreads.onTheIoThread(ioThread, () -> ran.add(answer), () -> ran.add(answer + " failed"));
        }
        assertThat(wakeUps).hasSize(1);
        assertThat(ran).isEmpty();
        wakeUps.get(0).run();
        assertThat(ran).containsExactly("first", "second", "third");
        // once the I/O thread has started on them, the next one wakes it again
        ioThreads.onTheIoThread(ioThread, () -> ran.add("fourth"), () -> ran.add("fourth failed"));
        assertThat(wakeUps).hasSize(2);
        wakeUps.get(1).run();
        assertThat(ran).endsWith("fourth");
    }

    @Test
    void aHandOverAddedWhileTheIoThreadDrainsIsRunByThatDrainOrTheNextAndNeverLost() {
        ioThreads.onTheIoThread(ioThread, () -> {
            ran.add("first");
            // a writer adds while the I/O thread is on the first: the drain has cleared its mark, so it schedules again
            ioThreads.onTheIoThread(ioThread, () -> ran.add("added meanwhile"), () -> ran.add("failed"));
        }, () -> ran.add("first failed"));
        wakeUps.get(0).run();
        assertThat(ran).containsExactly("first", "added meanwhile");
        assertThat(wakeUps).hasSize(2);
        wakeUps.get(1).run();
        assertThat(ran).containsExactly("first", "added meanwhile");
    }

    @Test
    void aFailingHandOverEndsItsOwnExchangeAndTheOthersStillRun() {
        ioThreads.onTheIoThread(ioThread, () -> {
            throw new IllegalStateException("the client went away");
        }, () -> {
            ran.add("first ended");
            throw new IllegalStateException("and ending it failed too");
        });
        ioThreads.onTheIoThread(ioThread, () -> ran.add("second"), () -> ran.add("second failed"));
        assertThat(wakeUps).hasSize(1);
        wakeUps.get(0).run();
        assertThat(ran).containsExactly("first ended", "second");
    }

    @Test
    void insideABatchOfCompletionsEachIoThreadIsWokenOnceAtItsEnd() {
        List<Runnable> wakeUps1 = new ArrayList<>();
        List<Runnable> wakeUps2 = new ArrayList<>();
        Executor io1 = task -> {
            ran.add("wake 1");
            wakeUps1.add(task);
        };
        Executor io2 = task -> {
            ran.add("wake 2");
            wakeUps2.add(task);
        };
        dev.crossway.interop.concurrent.CompletionBatch.completing(() -> {
            for (String answer : List.of("a", "b", "c", "d", "e")) {
                ioThreads.onTheIoThread(answer.equals("b") ? io2 : io1, () -> ran.add(answer), () -> ran.add(answer + " failed"));
                ran.add("answered " + answer);
            }
        });
        assertThat(ran).containsExactly("answered a", "answered b", "answered c", "answered d", "answered e",
                "wake 1", "wake 2");
        wakeUps2.get(0).run();
        wakeUps1.get(0).run();
        assertThat(ran).endsWith("b", "a", "c", "d", "e");
        assertThat(wakeUps1).hasSize(1);
        assertThat(wakeUps2).hasSize(1);
    }

    private static DeploymentInfo handedOff(ExecutorService configured) {
        DeploymentInfo deployment = new DeploymentInfo();
        deployment.setExecutor(configured);
        new AnswerHandoff().handleDeployment(deployment, null);
        return deployment;
    }

    /** Submits a task from one of {@code worker}'s I/O threads; the name of the thread that ran it. */
    private static String fromIoThread(DeploymentInfo deployment, XnioWorker worker) throws Exception {
        CompletableFuture<String> ranOn = new CompletableFuture<>();
        XnioIoThread io = worker.getIoThread();
        io.execute(() -> {
            assertThat(XnioIoThread.currentThread()).isSameAs(io);
            deployment.getAsyncExecutor().execute(() -> ranOn.complete(
                    XnioIoThread.currentThread() == null ? Thread.currentThread().getName() : "I/O thread"));
        });
        return ranOn.get(10, TimeUnit.SECONDS);
    }
}
