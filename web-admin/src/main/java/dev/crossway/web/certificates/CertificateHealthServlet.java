package dev.crossway.web.certificates;

import dev.crossway.interop.tls.CertificateState;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /health/certificates}, for the operator's monitoring, in the shape of a MicroProfile
 * Health answer: 503 and {@code DOWN} when one of this installation's own certificates (SAML
 * signing, TLS server, TLS client) has expired or cannot be read, since every partner then refuses
 * it; 200 and {@code UP} otherwise, with a {@code warning-N} entry for each certificate expiring
 * within 30 days and each trusted certificate that expired (a partner's expired anchor must not
 * take this node out of a load balancer). Unauthenticated like any health probe, so it names roles,
 * states and dates, never subjects.
 *
 * <p>Not a MicroProfile {@code @Readiness} bean: WildFly does not discover health checks in the
 * subdeployments of an EAR (WFLY-12835), and the portal lives in one.
 */
@WebServlet("/health/certificates")
public class CertificateHealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateInventory inventory;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean up = true;
        JsonObjectBuilder data = Json.createObjectBuilder();
        int n = 0;
        for (InventoryEntry e : inventory.needingAttention()) {
            n++;
            boolean failure = e.role().own() && (e.problem() != null || e.state() == CertificateState.EXPIRED);
            up &= !failure;
            String status = e.problem() != null ? "unreadable"
                    : (e.state() == CertificateState.EXPIRED ? "expired " : "expires ") + e.facts().notAfter();
            data.add((failure ? "failure-" : "warning-") + n, e.role().label() + ": " + status);
        }
        data.add("certificates", inventory.list().size());
        String body = Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "crossway-certificates").add("status", up ? "UP" : "DOWN").add("data", data)))
                .build().toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
