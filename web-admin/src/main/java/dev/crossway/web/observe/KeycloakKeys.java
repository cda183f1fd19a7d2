package dev.crossway.web.observe;

import dev.crossway.web.access.KeycloakManager;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether Keycloak's signing keys can be fetched (the realm's JWKS, which the OIDC adapter needs to
 * verify tokens). Asked at most every {@link #FRESH} so that frequent probes do not become load on
 * Keycloak, and bounded by {@link #TIMEOUT} so that a hanging Keycloak does not hang the probe.
 *
 * <p>One failed fetch does not make the check DOWN while the keys were fetched within {@link #GRACE}:
 * every node asks the same Keycloak, so a blip there (a restart, one answer slower than the timeout on
 * a busy host) would otherwise take every node out of the balancer's rotation at once, for as long as
 * the failed answer is kept, although the gateway does not need Keycloak and the OIDC adapter keeps the
 * keys it has. A Keycloak that stays unreachable makes the check DOWN within {@code GRACE + FRESH}; a
 * node that never reached it is DOWN from its first failed fetch.
 */
@ApplicationScoped
public class KeycloakKeys {

    static final Duration FRESH = Duration.ofSeconds(10);
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final Duration GRACE = Duration.ofSeconds(30);

    private final Clock clock;
    private final Supplier<Fetch> fetch;
    private State state;

    /** One fetch of the keys: whether they came, and what to show of it. */
    record Fetch(boolean reachable, String detail) {
    }

    /** The latest fetch, when it was made, and when the keys last came (null: never). */
    private record State(Instant at, Fetch latest, Instant lastReachable) {
    }

    public KeycloakKeys() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        this.clock = Clock.systemUTC();
        this.fetch = () -> fetchJwks(http);
    }

    KeycloakKeys(Clock clock, Supplier<Fetch> fetch) {
        this.clock = clock;
        this.fetch = fetch;
    }

    HealthCheckResponse check(String name) {
        Verdict v = verdict();
        HealthCheckResponseBuilder check = HealthCheckResponse.named(name).status(v.up());
        v.data().forEach(check::withData);
        return check.build();
    }

    /** The check's status and data (jwks: the latest fetch; last-reachable: when the keys last came, if the latest failed). */
    record Verdict(boolean up, Map<String, String> data) {
    }

    Verdict verdict() {
        Instant now = clock.instant();
        State s = current(now);
        boolean up = s.latest().reachable()
                || (s.lastReachable() != null && !s.lastReachable().plus(GRACE).isBefore(now));
        Map<String, String> data = new LinkedHashMap<>();
        data.put("jwks", s.latest().detail());
        if (!s.latest().reachable() && s.lastReachable() != null) {
            data.put("last-reachable", s.lastReachable().toString());
        }
        return new Verdict(up, data);
    }

    /** Fetches again when the latest fetch is older than FRESH; one fetch at a time, concurrent probes share it. */
    private synchronized State current(Instant now) {
        State s = state;
        if (s == null || s.at().plus(FRESH).isBefore(now)) {
            Fetch f = fetch.get();
            Instant at = clock.instant();
            s = new State(at, f, f.reachable() ? at : (s == null ? null : s.lastReachable()));
            state = s;
        }
        return s;
    }

    private static Fetch fetchJwks(HttpClient http) {
        URI jwks = URI.create(KeycloakManager.providerUrl().replaceAll("/+$", "") + "/protocol/openid-connect/certs");
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(jwks).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean keys = r.statusCode() == 200 && r.body().contains("\"keys\"");
            return new Fetch(keys, keys ? "reachable" : "HTTP " + r.statusCode());
        } catch (java.io.IOException e) {
            return new Fetch(false, "unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetch(false, "interrupted");
        }
    }
}
