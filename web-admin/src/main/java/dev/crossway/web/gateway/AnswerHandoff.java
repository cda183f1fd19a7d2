package dev.crossway.web.gateway;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.xnio.XnioIoThread;

/**
 * The executor of this web application's servlet async tasks (Undertow's, through its
 * {@link ServletExtension} point, registered in {@code META-INF/services}): a task submitted by a
 * thread outside the container's runs on that thread; the container's own threads hand theirs to
 * the executor they always did.
 *
 * <p>What it is for: a gateway answer is handed over on the audit writer's thread
 * ({@code GatewayServlet.Answer}), whose {@code setWriteListener} queues Undertow's task that gives
 * the body to the connection's I/O thread. Undertow runs that task on a worker, from inside the
 * request's async context monitor: the worker, woken, often preempts the writer on a busy two-core
 * machine and then spins on the monitor the writer still holds (4.8% of the server's CPU samples
 * during cache hits, 2026-12-07, docs/PERFORMANCE.md), only to pass the body on to the I/O thread.
 * Run on the writer's thread, the task hands the body to the I/O thread at once: one thread and
 * one wake-up fewer per answer, and no spin. The task never blocks (it queues the write on the
 * I/O thread), so the writer is not held up by it.
 *
 * <p>The task runs after the hand-over has left Undertow's monitor, not inside it
 * ({@link #outsideTheMonitor}): Undertow submits a task from inside the request's
 * {@code AsyncContextImpl} monitor, and run there, the task woke the I/O thread, which wrote the
 * body and then blocked in {@code AsyncContext.complete()} on that monitor while the writer, often
 * preempted by the thread it had just woken, still held it (2,207 such waits in 15 s, 1.0 s of the
 * I/O threads' time; 5 after this change; 2026-12-07, docs/PERFORMANCE.md). Deferred to the
 * writer's own next step, the task runs as it would on any asynchronous executor: Undertow marks
 * the context as processing a task before it submits one and queues what comes meanwhile, which
 * the task's own end then takes up.
 *
 * <p>The container's threads keep their executor: an I/O thread must never run a task (it may
 * block), and a request's own thread runs {@code AsyncContext.start} work off itself, as the
 * servlet specification has it.
 */
public final class AnswerHandoff implements ServletExtension {

    /** The tasks submitted on this thread while it hands an answer over ({@link #outsideTheMonitor}). */
    private static final ThreadLocal<List<Runnable>> DEFERRED = new ThreadLocal<>();

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
            XnioIoThread io = XnioIoThread.currentThread();
            ServletRequestContext request = io == null ? ServletRequestContext.current() : null;
            if (io == null && request == null) {
                List<Runnable> deferred = DEFERRED.get();
                if (deferred != null) {
                    deferred.add(task);
                } else {
                    task.run();
                }
            } else if (configured != null) {
                configured.execute(task);
            } else {
                // Undertow's own default when the deployment names no executor: the connection's worker
                (io != null ? io.getWorker() : request.getExchange().getConnection().getWorker()).execute(task);
            }
        });
    }
}
