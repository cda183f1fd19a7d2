package dev.crossway.web.gateway;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.ServletContext;
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
 * <p>The container's threads keep their executor: an I/O thread must never run a task (it may
 * block), and a request's own thread runs {@code AsyncContext.start} work off itself, as the
 * servlet specification has it.
 */
public final class AnswerHandoff implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        Executor configured = deployment.getAsyncExecutor() != null ? deployment.getAsyncExecutor() : deployment.getExecutor();
        deployment.setAsyncExecutor(task -> {
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
