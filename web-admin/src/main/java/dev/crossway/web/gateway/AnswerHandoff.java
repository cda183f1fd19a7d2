package dev.crossway.web.gateway;

import dev.crossway.interop.concurrent.CompletionBatch;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.XnioIoThread;

/**
 * How a gateway answer reaches its connection when the audit writer's thread, not the request's,
 * has it: {@link IoThreads#onTheIoThread} gives the whole hand-over to the connection's I/O thread, and the
 * servlet async task that Undertow queues on the way runs there, once Undertow's monitor is left
 * ({@link IoThreads}, one wake-up of the I/O thread for all the answers that reach it meanwhile)
 * (this class is also the web application's async executor, through Undertow's
 * {@link ServletExtension} point, registered in {@code META-INF/services}).
 *
 * <p>Why on the I/O thread: {@code setWriteListener} queues an Undertow task whose only work is to
 * wake the connection's I/O thread, which writes the body and ends the exchange with
 * {@code AsyncContext.complete()}. Each of those steps takes the request's {@code AsyncContextImpl}
 * monitor. Run on a worker (Undertow's default), the worker, woken, often preempted the writer on a
 * busy two-core machine and spun on the monitor the writer still held (4.8% of the server's CPU
 * samples during cache hits, 2026-12-07); run on the writer's thread inside the monitor, the I/O
 * thread then blocked in {@code complete()} while the writer still held it (2,207 waits in 15 s);
 * run on the writer's thread after the monitor (the hand-over of 2026-12-07), the writer then spun
 * on entering the monitor again at the task's end while the I/O thread, just woken, completed the
 * exchange inside it (4.3% of the CPU samples, docs/PERFORMANCE.md "Issue 15, session 22"). On the
 * I/O thread every one of those monitor entries is made by that one thread: nothing waits, and the
 * writer's only step is the one wake-up of the I/O thread that the answer needs anyway.
 *
 * <p>The task runs on the I/O thread although an I/O thread must never run a task that may block:
 * this one never blocks (it resumes writes on the channel, or queues the write listener on the same
 * I/O thread). Only a task submitted during {@link #outsideTheMonitor} is run so; any other from an
 * I/O thread goes to the configured executor, and a request's own thread runs
 * {@code AsyncContext.start} work off itself, as the servlet specification has it. A task submitted
 * by a thread outside the container otherwise runs on that thread.
 */
public final class AnswerHandoff implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(AnswerHandoff.class.getName());

    /** The tasks submitted on this thread while it hands an answer over ({@link #outsideTheMonitor}). */
    private static final ThreadLocal<List<Runnable>> DEFERRED = new ThreadLocal<>();

    /**
     * The hand-overs waiting for each I/O thread ({@link #onTheIoThread}). One per servlet: its keys are
     * the container's I/O threads, as many as the server has.
     */
    static final class IoThreads {

        private final ConcurrentMap<Executor, Waiting> waiting = new ConcurrentHashMap<>();

        /**
         * Runs {@code handOver} on {@code ioThread} (the request's connection's), {@link #outsideTheMonitor
         * with the tasks it submits run there after it}; {@code failed} runs instead of what is left when
         * the I/O thread refuses the work (it is stopping: on the caller) or the hand-over throws (the
         * client went away: on the I/O thread): the exchange must still be ended.
         *
         * <p>The hand-overs that reach one I/O thread before it has started on the first of them go to it
         * with one wake-up, and the audit writer wakes each I/O thread once its whole batch of answers
         * is handed over ({@link CompletionBatch}): waking an I/O thread once per answer had the writer
         * and the I/O thread, still awake with the previous answer, meet on the selector's wake-up lock
         * (5.1-5.3% of the CPU samples spent at that call, 2026-12-07, docs/PERFORMANCE.md "Issue 15,
         * session 22"). Written here because neither XNIO nor the JDK has an executor that coalesces
         * wake-ups onto another one.
         */
        void onTheIoThread(Executor ioThread, Runnable handOver, Runnable failed) {
            waiting.computeIfAbsent(ioThread, Waiting::new).add(new HandOver(handOver, failed));
        }
    }

    /** One hand-over and what runs instead when it fails. */
    private record HandOver(Runnable handOver, Runnable failed) {

        /** On the I/O thread: never throws, so that the hand-overs after it run too. */
        void run() {
            try {
                outsideTheMonitor(handOver);
            } catch (RuntimeException e) {
                fail();
            }
        }

        void fail() {
            try {
                failed.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a gateway answer could not be handed over nor its exchange ended", e);
            }
        }
    }

    /**
     * The hand-overs for one I/O thread not yet started there. Whoever adds to an empty turn schedules
     * the next drain; the drain clears the mark before it takes the first hand-over, so one added
     * after that schedules another drain and none is left waiting.
     */
    private static final class Waiting {

        private final Executor ioThread;
        private final Queue<HandOver> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        Waiting(Executor ioThread) {
            this.ioThread = ioThread;
        }

        void add(HandOver handOver) {
            queue.add(handOver);
            // the audit writer wakes the I/O thread once its whole batch is answered (CompletionBatch)
            if (scheduled.compareAndSet(false, true) && !CompletionBatch.once(this, this::wake)) {
                wake();
            }
        }

        private void wake() {
            try {
                ioThread.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                scheduled.set(false);
                for (HandOver left; (left = queue.poll()) != null; ) {
                    left.fail();
                }
            }
        }

        private void drain() {
            scheduled.set(false);
            for (HandOver next; (next = queue.poll()) != null; ) {
                next.run();
            }
        }
    }


    /**
     * Runs {@code handOver} (which submits async tasks from inside Undertow's monitor), then, once it
     * has returned or thrown, the tasks it submitted that this thread is to run itself: a task Undertow
     * was given always runs, or the context would wait for it forever. A failure does not keep the
     * tasks from running; the first is thrown after them, any others added to it.
     */
    static void outsideTheMonitor(Runnable handOver) {
        List<Runnable> deferred = new ArrayList<>(1);
        DEFERRED.set(deferred);
        RuntimeException failed = null;
        try {
            handOver.run();
        } catch (RuntimeException e) {
            failed = e;
        } finally {
            DEFERRED.remove();
        }
        for (Runnable task : deferred) {
            try {
                task.run();
            } catch (RuntimeException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        Executor configured = deployment.getAsyncExecutor() != null ? deployment.getAsyncExecutor() : deployment.getExecutor();
        deployment.setAsyncExecutor(task -> {
            List<Runnable> deferred = DEFERRED.get();
            if (deferred != null) {
                deferred.add(task);
                return;
            }
            XnioIoThread io = XnioIoThread.currentThread();
            ServletRequestContext request = io == null ? ServletRequestContext.current() : null;
            if (io == null && request == null) {
                task.run();
            } else if (configured != null) {
                configured.execute(task);
            } else {
                // Undertow's own default when the deployment names no executor: the connection's worker
                (io != null ? io.getWorker() : request.getExchange().getConnection().getWorker()).execute(task);
            }
        });
    }
}
