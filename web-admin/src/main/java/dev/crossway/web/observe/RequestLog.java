package dev.crossway.web.observe;

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
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every gateway request and API call: one correlation id, one log line, its metrics.
 *
 * <p>The id is in the MDC ({@code requestId}: every record logged while the request runs carries
 * it; in JSON logs as {@code mdc.requestId}) and in the {@code X-Request-ID} response header. A
 * gateway request's id is also its audit records' request id, so a log line leads to the audit
 * trail. Declared in web.xml, before the annotated filters (the gateway's client certificate gate),
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
    /** Request attribute set by the gateway servlet: what the audit trail recorded ({@link GatewayReply.Served}). */
    public static final String SERVED = "dev.crossway.served";
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
        String transaction = GatewayTransactions.of(req.getServletPath());
        boolean gateway = req.getServletPath().startsWith("/gateway");
        String id = gateway ? "urn:uuid:" + UUID.randomUUID() : accepted(req.getHeader(HEADER));
        req.setAttribute(REQUEST_ID, id);
        resp.setHeader(HEADER, id);
        Object previous = MDC.put(MDC_KEY, id);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            int status = resp.getStatus();
            if (gateway) {
                Optional<GatewayReply.Served> served = Optional.ofNullable((GatewayReply.Served) req.getAttribute(SERVED));
                metrics.gateway(transaction, served, status, took);
                LOG.info(() -> "gateway " + transaction + " " + path(req) + " -> " + status
                        + served.map(s -> " " + s.outcome().label()).orElse("") + " in " + took.toMillis() + " ms"
                        + " (initiator " + served.flatMap(GatewayReply.Served::initiator).orElse(GatewayMetrics.UNVERIFIED)
                        + ", request " + id + ")");
            } else {
                metrics.api(req.getMethod(), status, took);
                // a server-sent event stream answers later: this line is its start
                String caller = Optional.ofNullable(req.getUserPrincipal()).map(Principal::getName).orElse("anonymous");
                LOG.info(() -> "api " + req.getMethod() + " " + path(req) + " -> " + status
                        + (req.isAsyncStarted() ? " (stream)" : "") + " in " + took.toMillis() + " ms"
                        + " (caller " + caller + ", request " + id + ")");
            }
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    /** The caller's id when it is a plain token, else a fresh one (a header must not inject text into logs). */
    static String accepted(String header) {
        return header != null && ACCEPTED_ID.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }

    /** The path alone, at most 200 characters: the query string may hold a patient's name. */
    static String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        return uri.length() > 200 ? uri.substring(0, 200) + "..." : uri;
    }
}
