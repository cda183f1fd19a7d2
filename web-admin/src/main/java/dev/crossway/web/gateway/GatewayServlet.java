package dev.crossway.web.gateway;

import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.GatewayRequest;
import dev.crossway.responder.application.RespondingGateway;
import dev.crossway.web.observe.RequestLog;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
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

/**
 * {@code POST /gateway/xcpd} (ITI-55), {@code /gateway/xca/query} (ITI-38),
 * {@code /gateway/xca/retrieve} (ITI-39). A servlet rather than a JAX-WS endpoint: CXF would parse
 * the envelope before our size bounds and hardened parser, and would refuse the mustUnderstand
 * WS-Security header without WSS4J's SAML support, which needs OpenSAML (not on Maven Central).
 */
@WebServlet(urlPatterns = {"/gateway/xcpd", "/gateway/xca/query", "/gateway/xca/retrieve"}, asyncSupported = true)
public class GatewayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The responder's own bound ({@link GatewayRequest#maxBytes()}): one setting, one default. */
    static final int MAX_BYTES = GatewayRequest.maxBytes();

    @Inject
    transient RespondingGateway gateway;

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
        GatewayReply reply = switch (req.getServletPath()) {
            case "/gateway/xcpd" -> gateway.xcpd(request);
            case "/gateway/xca/query" -> gateway.xcaQuery(request);
            default -> gateway.xcaRetrieve(request);
        };
        reply.servedRequest().ifPresent(served -> req.setAttribute(RequestLog.SERVED, served));
        writeAsync(req, resp, reply);
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
     * The answer written by the container's I/O thread (a {@link WriteListener}), which then ends the
     * exchange there. Written and ended on the request's worker thread instead, the end of each
     * keep-alive exchange races with the I/O thread that reads the client's next request: Undertow
     * 2.3's {@code HttpReadListener.handleEvent} spins on a compare-and-set until the worker has
     * re-armed the connection, and on a machine with fewer cores than busy threads the worker is
     * often descheduled meanwhile (12.6% of the server's CPU samples during cache hits, 2026-12-05,
     * docs/PERFORMANCE.md). The bytes, headers and status are those of {@link #write}. The perf
     * harness's floor servlet ({@code perf/responder/floor}) writes the same way, to measure what
     * WildFly itself costs per request: change it with this.
     */
    static void writeAsync(HttpServletRequest req, HttpServletResponse resp, GatewayReply reply) throws IOException {
        head(resp, reply);
        AsyncContext async = req.startAsync();
        async.setTimeout(WRITE_TIMEOUT_MS);
        ServletOutputStream out = resp.getOutputStream();
        out.setWriteListener(new BodyWriter(async, out, reply.body()));
    }

    /** How long a client may take to read an answer before the container gives up on it. */
    static final long WRITE_TIMEOUT_MS = 60_000;

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
