package dev.crossway.web.gateway;

import dev.crossway.interop.config.Setting;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;

/**
 * Mutual TLS for {@code /gateway/*}: a partner gateway must have presented a client certificate that
 * the HTTPS listener verified against the trust store (the listener asks every client for one,
 * {@code want-client-auth}, so that the portal and the API on the same port work without one; a
 * certificate from an untrusted CA already failed the handshake). A request without one is answered
 * 403 before any SOAP processing; plain HTTP is served to the gateway in the sandbox only. The
 * verified subject goes to the servlet, which records it in the audit trail.
 */
@WebFilter(urlPatterns = "/gateway/*", asyncSupported = true)
public class ClientCertificateGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SUBJECT = ClientCertificateGate.class.getName() + ".subject";
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final boolean sandbox = Setting.sandbox();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!req.isSecure()) {
            if (!sandbox) {
                refuse(resp, "the gateway is served over HTTPS with a client certificate only");
                return;
            }
            chain.doFilter(req, resp);
            return;
        }
        if (!(req.getAttribute(CERTIFICATES) instanceof X509Certificate[] chainPresented) || chainPresented.length == 0) {
            refuse(resp, "a client certificate is required for the gateway");
            return;
        }
        req.setAttribute(SUBJECT, chainPresented[0].getSubjectX500Principal().getName());
        chain.doFilter(req, resp);
    }

    private static void refuse(HttpServletResponse resp, String reason) throws IOException {
        GatewayServlet.write(resp, GatewayServlet.SoapFaults.forbidden(reason));
    }
}
