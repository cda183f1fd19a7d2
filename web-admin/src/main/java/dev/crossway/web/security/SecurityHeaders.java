package dev.crossway.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-facing protections on every response of the deployment (portal, API, gateway):
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} (and
 * {@code frame-ancestors 'none'} in each policy), {@code Referrer-Policy: same-origin},
 * {@code Strict-Transport-Security} when the request came over TLS, and a Content-Security-Policy.
 *
 * <p>The API and the gateway get a policy that allows no script at all. The portal's pages get
 * one that keeps framing, plugins, base URLs and foreign origins out but still allows inline
 * scripts, which PrimeFaces and Faces write into every page: PrimeFaces' nonce mode
 * ({@code primefaces.CSP}) would remove that allowance, but with it the portal's AJAX search
 * stopped working (see web.xml), so it is left for later. Should a page add a policy of its own
 * (as PrimeFaces' nonce mode does), it replaces the one set here rather than being added beside it:
 * a browser enforces every policy it is given.
 *
 * <p>A servlet filter rather than Undertow's response-header filters in the server's CLI script:
 * the headers depend on the request (HSTS only over TLS) and on what the page sets (PrimeFaces'
 * nonce policy replaces the default), which static header filters cannot express, and here a unit
 * test can read them. The cookies' {@code Secure} and {@code SameSite} flags are Undertow's own
 * handlers (WEB-INF/undertow-handlers.conf), because the session cookie is written by Undertow,
 * out of a filter's reach.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    static final String DEFAULT_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    static final String PORTAL_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setHeader(CSP, isApiOrGateway(request) ? DEFAULT_POLICY : PORTAL_POLICY);
        chain.doFilter(request, new PagePolicyReplacesDefault(response));
    }

    static boolean isApiOrGateway(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith("/api/") || path.startsWith("/gateway/");
    }

    /** A Content-Security-Policy that the page adds replaces the default instead of joining it. */
    static final class PagePolicyReplacesDefault extends HttpServletResponseWrapper {

        PagePolicyReplacesDefault(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
