package dev.crossway.web.gateway;

import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.GatewayRequest;
import dev.crossway.responder.application.RespondingGateway;
import dev.crossway.web.observe.RequestLog;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /gateway/xcpd} (ITI-55), {@code /gateway/xca/query} (ITI-38),
 * {@code /gateway/xca/retrieve} (ITI-39). A servlet rather than a JAX-WS endpoint: CXF would parse
 * the envelope before our size bounds and hardened parser, and would refuse the mustUnderstand
 * WS-Security header without WSS4J's SAML support, which needs OpenSAML (not on Maven Central).
 */
@WebServlet(urlPatterns = {"/gateway/xcpd", "/gateway/xca/query", "/gateway/xca/retrieve"}, asyncSupported = true)
public class GatewayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(GatewayServlet.class.getName());
    /** The responder's own bound ({@link GatewayRequest#maxBytes()}): one setting, one default. */
    static final int MAX_BYTES = GatewayRequest.maxBytes();

    @Inject
    transient RespondingGateway gateway;

    @Resource
    transient ManagedScheduledExecutorService scheduler;

    private transient AnswerDeadlines deadlines;
    private transient AnswerHandoff.IoThreads ioThreads;
    private transient ScheduledFuture<?> sweeps;

    @Override
    public void init() {
        deadlines = new AnswerDeadlines(WAIT_TIMEOUT_MS, SWEEP_MS, nowMillis());
        ioThreads = new AnswerHandoff.IoThreads();
        sweeps = scheduler.scheduleAtFixedRate(() -> deadlines.sweep(nowMillis()), SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        if (sweeps != null) {
            // null only when init failed, and the deployment with it
            sweeps.cancel(false);
        }
    }

    /** A monotonic clock in milliseconds, for the deadlines. */
    private static long nowMillis() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long declared = req.getContentLengthLong();
        byte[] body = declared > MAX_BYTES ? null : declared >= 0 && declared <= PREALLOCATE_BYTES
                ? readDeclared(req.getInputStream(), (int) declared) : readBounded(req.getInputStream());
        if (body == null) {
            write(resp, SoapFaults.tooLarge(MAX_BYTES));
            return;
        }
        GatewayRequest request = new GatewayRequest(body, req.getContentType(), req.getRemoteAddr(),
                (String) req.getAttribute(ClientCertificateGate.SUBJECT), (String) req.getAttribute(RequestLog.REQUEST_ID));
        CompletionStage<GatewayReply> reply = switch (req.getServletPath()) {
            case "/gateway/xcpd" -> gateway.xcpd(request);
            case "/gateway/xca/query" -> gateway.xcaQuery(request);
            default -> gateway.xcaRetrieve(request);
        };
        // the answer is sent by whichever thread completes the stage, this one included
        Answer answer = new Answer(req, resp, RequestLog.answeredLater(req), deadlines, ioThreads);
        reply.whenComplete(answer::send);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "POST");
        write(resp, SoapFaults.methodNotAllowed());
    }

    /**
     * A body whose Content-Length is at most this is read straight into an array of that size. Larger
     * ones grow as their bytes arrive, so that a declared length alone never reserves memory.
     */
    static final int PREALLOCATE_BYTES = 256 * 1024;

    /**
     * A body with a small Content-Length (an XCPD or XCA query): read straight into an array of that
     * size, instead of through a 16 KB buffer and a growing stream copied out at the end (two copies
     * of every request on the hot path). The container ends the stream at the declared length; a
     * shorter body gives a shorter array.
     */
    private static byte[] readDeclared(InputStream in, int declared) throws IOException {
        byte[] body = new byte[declared];
        int n = in.readNBytes(body, 0, declared);
        return n == declared ? body : java.util.Arrays.copyOf(body, n);
    }

    /** Reads at most {@link #MAX_BYTES}; null when the body is larger (chunked bodies have no length). */
    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        byte[] buffer = new byte[16 * 1024];
        int total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_BYTES) {
                in.skip(Long.MAX_VALUE);
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * One request's answer, sent when the gateway's stage completes: on the thread that committed the
     * request's audit records, which is this request's own worker only if it wrote them itself. The
     * worker returns to the container meanwhile instead of parking until the commit; the request log
     * line and the metrics are written when the answer is handed over ({@link RequestLog.Line}).
     *
     * <p>The body is written by the container's I/O thread (a {@link WriteListener}), which then ends
     * the exchange there. Written and ended on a worker thread instead, the end of each keep-alive
     * exchange races with the I/O thread that reads the client's next request: Undertow 2.3's
     * {@code HttpReadListener.handleEvent} spins on a compare-and-set until the worker has re-armed
     * the connection, and on a machine with fewer cores than busy threads the worker is often
     * descheduled meanwhile (12.6% of the server's CPU samples during cache hits, 2026-12-05,
     * docs/PERFORMANCE.md). The writer thread hands the body to the I/O thread itself, not through a
     * worker ({@link AnswerHandoff}). The bytes, headers and status are those of {@link #write}. The perf
     * harness's floor servlet ({@code perf/responder/floor}) writes the same way, to measure what
     * WildFly itself costs per request: change it with this.
     */
    private static final class Answer implements AsyncListener, AnswerDeadlines.Due {

        private final HttpServletResponse resp;
        private final RequestLog.Line line;
        private final AsyncContext async;
        private final Executor ioThread;
        /** The request's connection (its stream, over HTTP/2), closed if the client leaves its answer unread past the deadline. */
        private final ServerConnection connection;
        private final AnswerHandoff.IoThreads ioThreads;
        /** Set by whichever comes first: the gateway's answer or the deadline. */
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final AnswerDeadlines.Deadline deadline;

        Answer(HttpServletRequest req, HttpServletResponse resp, RequestLog.Line line, AnswerDeadlines deadlines,
               AnswerHandoff.IoThreads ioThreads) {
            this.resp = resp;
            this.line = line;
            // the request's connection and its I/O thread, known only on the request's own thread
            HttpServerExchange exchange = ServletRequestContext.requireCurrent().getExchange();
            this.ioThread = exchange.getIoThread();
            this.connection = exchange.getConnection();
            this.ioThreads = ioThreads;
            this.async = req.startAsync();
            // no container timeout: the deadline is ours (AnswerDeadlines says why)
            async.setTimeout(0);
            this.deadline = deadlines.register(this, nowMillis());
            async.addListener(this);
        }

        /** The stage's outcome; it never fails, but if it did the client still gets a fault and the line is logged. */
        void send(GatewayReply reply, Throwable failure) {
            claimAndSend(reply != null ? reply : SoapFaults.failed());
        }

        /** Sends {@code sent} unless an answer was sent already; false then. */
        private boolean claimAndSend(GatewayReply sent) {
            if (!claimed.compareAndSet(false, true)) {
                return false;
            }
            // logged and counted before the client can have its answer: a client that reads the metrics
            // once answered finds its request there
            try {
                line.answered(sent.httpStatus(), sent.servedRequest());
            } catch (RuntimeException e) {
                // the line and metrics are the operators', the answer the client's: it is sent whatever happened here
                LOG.log(Level.WARNING, "the gateway's request line or metrics failed", e);
            }
            try {
                head(resp, sent);
                ServletOutputStream out = resp.getOutputStream();
                // the connection's I/O thread takes the body, and every step of Undertow's on the way (AnswerHandoff)
                ioThreads.onTheIoThread(ioThread, () -> out.setWriteListener(new BodyWriter(async, out, sent.body())),
                        async::complete);
            } catch (IOException | RuntimeException e) {
                // the exchange is gone (the client closed it): its request was processed and audited
                async.complete();
            }
            return true;
        }

        /** {@value #WAIT_TIMEOUT_MS} ms after the request arrived, its exchange not ended yet. */
        @Override
        public void expire() {
            // no commit in time (the database is down or stalled): a Receiver fault, as for a failed one
            if (!claimAndSend(SoapFaults.unanswered())) {
                // the answer was handed over but the client has not read it in time: its connection is
                // closed. Ending the exchange alone (async.complete(), what the container's own timeout
                // does) left the rest of the body unsent on a connection kept open, held by a client that
                // never reads for as long as it likes (DisclosureIT#anAnswerItsClientDoesNotReadIsEndedAtTheDeadline).
                // Undertow's close ends an HTTP/1.1 connection and resets only this stream of an HTTP/2 one
                // (RST_STREAM CANCEL); XNIO closes from any thread, and Undertow then ends the exchange.
                try {
                    connection.close();
                } catch (IOException | RuntimeException alreadyGone) {
                    // closed meanwhile: nothing is left to free
                }
                try {
                    async.complete();
                } catch (IllegalStateException ended) {
                    // it ended with its connection
                }
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // never called: the container's timeout is off (setTimeout(0)), the deadline is ours
        }

        @Override
        public void onComplete(AsyncEvent event) {
            deadline.done();
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /**
     * How long a request may wait for its audit commit and then its client to read the answer before
     * the gateway gives up on it ({@link AnswerDeadlines}: up to one {@link #SWEEP_MS} later).
     */
    static final long WAIT_TIMEOUT_MS = 60_000;
    /** How often the deadlines are swept. */
    static final long SWEEP_MS = 1_000;

    /** Writes one body without blocking and completes the request once it is all handed to the connection. */
    private static final class BodyWriter implements WriteListener {

        private final AsyncContext async;
        private final ServletOutputStream out;
        private final byte[] body;
        private boolean written;

        BodyWriter(AsyncContext async, ServletOutputStream out, byte[] body) {
            this.async = async;
            this.out = out;
            this.body = body;
        }

        @Override
        public void onWritePossible() throws IOException {
            if (!written) {
                written = true;
                out.write(body);
            }
            // not ready: the rest is still buffered, and the container calls again once it is flushed
            if (out.isReady()) {
                async.complete();
            }
        }

        @Override
        public void onError(Throwable failure) {
            // the client went away while reading its answer; its request was processed and audited
            async.complete();
        }
    }

    static void write(HttpServletResponse resp, GatewayReply reply) throws IOException {
        head(resp, reply);
        resp.getOutputStream().write(reply.body());
    }

    /** Status, headers, type and length of {@code reply}: the same whichever thread writes the body. */
    private static void head(HttpServletResponse resp, GatewayReply reply) {
        resp.setStatus(reply.httpStatus());
        reply.headers().forEach(resp::setHeader);
        resp.setContentType(reply.contentType());
        resp.setContentLength(reply.body().length);
    }

    /** Faults this transport answers on its own, before the gateway sees the message. */
    static final class SoapFaults {

        private SoapFaults() {
        }

        static GatewayReply tooLarge(int max) {
            return fault(413, "env:Sender", "the message exceeds the limit of " + max + " bytes");
        }

        static GatewayReply forbidden(String reason) {
            return fault(403, "env:Sender", reason);
        }

        /** The gateway's stage failed, which it never should: nothing was disclosed. */
        static GatewayReply failed() {
            return fault(500, "env:Receiver", "the responding gateway could not answer the request");
        }

        static GatewayReply unanswered() {
            return fault(500, "env:Receiver", "the responding gateway could not record the request in time");
        }

        static GatewayReply methodNotAllowed() {
            return fault(405, "env:Sender", "only POST of a SOAP 1.2 message is accepted here");
        }

        private static GatewayReply fault(int status, String code, String reason) {
            String xml = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><env:Fault>"
                    + "<env:Code><env:Value>" + code + "</env:Value></env:Code>"
                    + "<env:Reason><env:Text xml:lang=\"en\">" + reason + "</env:Text></env:Reason>"
                    + "</env:Fault></env:Body></env:Envelope>";
            return new GatewayReply(status, "application/soap+xml; charset=UTF-8", xml.getBytes(StandardCharsets.UTF_8));
        }
    }
}
