package dev.crossway.web.observe;

import dev.crossway.web.access.KeycloakManager;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether Keycloak's signing keys can be fetched (the realm's JWKS, which the OIDC adapter needs to
 * verify tokens). Asked at most every {@link #FRESH} so that frequent probes do not become load on
 * Keycloak, and bounded by {@link #TIMEOUT} so that a hanging Keycloak does not hang the probe.
 */
@ApplicationScoped
public class KeycloakKeys {

    static final Duration FRESH = Duration.ofSeconds(10);
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Answer last;

    private record Answer(Instant at, boolean up, String detail) {
    }

    HealthCheckResponse check(String name) {
        Answer a = last;
        if (a == null || a.at().plus(FRESH).isBefore(Instant.now())) {
            a = ask();
            last = a;
        }
        return HealthCheckResponse.named(name).status(a.up()).withData("jwks", a.detail()).build();
    }

    private Answer ask() {
        URI jwks = URI.create(KeycloakManager.providerUrl().replaceAll("/+$", "") + "/protocol/openid-connect/certs");
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(jwks).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean keys = r.statusCode() == 200 && r.body().contains("\"keys\"");
            return new Answer(Instant.now(), keys, keys ? "reachable" : "HTTP " + r.statusCode());
        } catch (java.io.IOException e) {
            return new Answer(Instant.now(), false, "unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Instant.now(), false, "interrupted");
        }
    }
}
