package dev.crossway.web.certificates;

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
 * {@code GET /health/certificates} on the HTTP port, in the shape of a MicroProfile Health answer
 * ({@link CertificateHealth}: 503 and {@code DOWN}, or 200 and {@code UP} with warnings), for a
 * balancer or monitor that cannot reach the management port. The same verdict is the readiness
 * check {@code certificates} at {@code :9990/health/ready}.
 */
@WebServlet("/health/certificates")
public class CertificateHealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateInventory inventory;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CertificateHealth health = CertificateHealth.of(inventory);
        boolean up = health.up();
        JsonObjectBuilder data = Json.createObjectBuilder();
        health.entries().forEach(data::add);
        data.add("certificates", health.certificates());
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
