package dev.crossway.web.observe;

import dev.crossway.interop.id.RandomUuids;
import dev.crossway.responder.application.GatewayReply;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every gateway request and API call: one correlation id, one log line, its metrics.
 *
 * <p>The id is in the MDC ({@code requestId}: every record logged while the request runs carries
 * it; in JSON logs as {@code mdc.requestId}) and in the {@code X-Request-ID} response header. A
 * gateway request's id is also its audit records' request id, so a log line leads to the audit
 * trail. A gateway request answered after its thread returns has its line written when the answer
 * is handed over ({@link #answeredLater}). Declared in web.xml, before the annotated filters (the gateway's client certificate gate),
 * so that a request they refuse is logged and counted too. An API caller may send its own {@code X-Request-ID} (letters, digits, {@code .:_-}, 8 to
 * 64 characters; anything else is replaced) to follow a call through its own logs.
 *
 * <p>The line holds no PHI: method, path without the query (where patient search criteria go),
 * status, duration, the authenticated caller's name or the initiating community, the id. What the
 * request carried stays in the audit trail, which is where disclosures are accounted.
 */
public class RequestLog implements Filter {

    /** Request attribute: the correlation id. */
    public static final String REQUEST_ID = "dev.crossway.requestId";
    /** Request attribute: the gateway request's {@link Line}, for a servlet that answers it later. */
    static final String LINE = "dev.crossway.requestLine";
    static final String HEADER = "X-Request-ID";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9.:_-]{8,64}");
    private static final Logger LOG = Logger.getLogger("dev.crossway.requests");

    @Inject
    GatewayMetrics metrics;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean gateway = req.getServletPath().startsWith("/gateway");
        String id = gateway ? "urn:uuid:" + RandomUuids.next() : accepted(req.getHeader(HEADER));
        req.setAttribute(REQUEST_ID, id);
        resp.setHeader(HEADER, id);
        Object previous = MDC.put(MDC_KEY, id);
        long start = System.nanoTime();
        Line line = gateway ? new Line(metrics, GatewayTransactions.of(req.getServletPath()), path(req), id, start) : null;
        if (line != null) {
            req.setAttribute(LINE, line);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (line != null) {
                if (!line.later) {
                    // answered on this thread (refused before the gateway, or not a POST)
                    line.log(resp.getStatus(), Optional.empty());
                }
            } else {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                int status = resp.getStatus();
                metrics.api(req.getMethod(), status, took);
                // a server-sent event stream answers later: this line is its start
                String caller = Optional.ofNullable(req.getUserPrincipal()).map(Principal::getName).orElse("anonymous");
                LOG.info(() -> "api " + req.getMethod() + " " + path(req) + " -> " + status
                        + (req.isAsyncStarted() ? " (stream)" : "") + " in " + took.toMillis() + " ms"
                        + " (caller " + caller + ", request " + id + ")");
            }
            restoreMdc(previous);
        }
    }

    /** Puts back the MDC's request id as it was before this request's ({@code previous}: null if none). */
    private static void restoreMdc(Object previous) {
        if (previous == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, previous);
        }
    }

    /**
     * Hands the gateway request's line to a servlet that answers after its own thread has returned:
     * the line is then written by {@link Line#answered}, when the answer is handed to the container,
     * and not when the filter chain returns. Call it on the request's thread, before the answer can
     * be sent.
     */
    public static Line answeredLater(HttpServletRequest req) {
        Line line = (Line) req.getAttribute(LINE);
        if (line == null) {
            throw new IllegalStateException("the gateway request did not pass through the request log");
        }
        line.later = true;
        return line;
    }

    /** A gateway request's log line and metrics, written once, on whichever thread answers it. */
    public static final class Line {

        private final GatewayMetrics metrics;
        private final String transaction;
        private final String path;
        private final String id;
        private final long start;
        /** Set and read on the request's own thread (the filter's and then the servlet's). */
        private boolean later;

        Line(GatewayMetrics metrics, String transaction, String path, String id, long start) {
            this.metrics = metrics;
            this.transaction = transaction;
            this.path = path;
            this.id = id;
            this.start = start;
        }

        /** The answer is handed to the container: logs the line with the request's id in the MDC of this thread. */
        public void answered(int status, Optional<GatewayReply.Served> served) {
            Object previous = MDC.put(MDC_KEY, id);
            try {
                log(status, served);
            } finally {
                restoreMdc(previous);
            }
        }

        private void log(int status, Optional<GatewayReply.Served> served) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            metrics.gateway(transaction, served, status, took);
            LOG.info(() -> "gateway " + transaction + " " + path + " -> " + status
                    + served.map(s -> " " + s.outcome().label()).orElse("") + " in " + took.toMillis() + " ms"
                    + " (initiator " + served.flatMap(GatewayReply.Served::initiator).orElse(GatewayMetrics.UNVERIFIED)
                    + ", request " + id + ")");
        }
    }

    /** The caller's id when it is a plain token, else a fresh one (a header must not inject text into logs). */
    static String accepted(String header) {
        return header != null && ACCEPTED_ID.matcher(header).matches() ? header : RandomUuids.next().toString();
    }

    /** The path alone, at most 200 characters: the query string may hold a patient's name. */
    static String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        return uri.length() > 200 ? uri.substring(0, 200) + "..." : uri;
    }
}
