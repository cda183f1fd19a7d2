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
 * <p>The default policy allows no script at all. A Faces page brings its own: PrimeFaces
 * ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in web.xml) adds a policy whose
 * {@code script-src} names a fresh nonce, and that policy replaces the default here rather than
 * being added beside it (a browser enforces every policy it is given, and the default one would
 * block the nonce's scripts).
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
        response.setHeader(CSP, DEFAULT_POLICY);
        chain.doFilter(request, new PagePolicyReplacesDefault(response));
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
