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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether Keycloak's signing keys can be fetched (the realm's JWKS, which the OIDC adapter needs to
 * verify tokens). Fetched at most every {@link #FRESH}, so that frequent probes do not become load on
 * Keycloak, and in the background: a probe answers from the latest fetch at once and never waits on
 * Keycloak (only a node's very first probe waits for its first fetch, bounded by {@link #TIMEOUT}),
 * so a slow Keycloak cannot make the probe itself time out at the balancer.
 *
 * <p>One failed fetch does not make the check DOWN while the keys were fetched within {@link #GRACE}:
 * every node asks the same Keycloak, so a blip there (a restart, one answer slower than the timeout on
 * a busy host) would otherwise take every node out of the balancer's rotation at once, although the
 * gateway does not need Keycloak and the OIDC adapter keeps the keys it has. A Keycloak that stays
 * unreachable makes the check DOWN within about {@code GRACE + FRESH}; a node that never reached it
 * is DOWN from its first failed fetch.
 */
@ApplicationScoped
public class KeycloakKeys {

    static final Duration FRESH = Duration.ofSeconds(10);
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final Duration GRACE = Duration.ofSeconds(30);

    private final Clock clock;
    private final Supplier<CompletableFuture<Fetch>> fetch;
    private final AtomicBoolean fetching = new AtomicBoolean();
    private volatile State state;

    /** One fetch of the keys: whether they came, and what to show of it. */
    record Fetch(boolean reachable, String detail) {
    }

    /** The latest fetch, when it ended, and when the keys last came (null: never). */
    private record State(Instant at, Fetch latest, Instant lastReachable) {
    }

    public KeycloakKeys() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        this.clock = Clock.systemUTC();
        this.fetch = () -> fetchJwks(http);
    }

    /** Outside the container: {@code fetch} starts one fetch of the keys. */
    KeycloakKeys(Clock clock, Supplier<CompletableFuture<Fetch>> fetch) {
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
        State s = state;
        if (s == null) {
            s = first();
        } else if (s.at().plus(FRESH).isBefore(clock.instant())) {
            refresh();
            s = state; // a fetch that ended at once (an error before any I/O) is already recorded
        }
        Instant now = clock.instant();
        boolean up = s.latest().reachable()
                || (s.lastReachable() != null && !s.lastReachable().plus(GRACE).isBefore(now));
        Map<String, String> data = new LinkedHashMap<>();
        data.put("jwks", s.latest().detail());
        if (!s.latest().reachable() && s.lastReachable() != null) {
            data.put("last-reachable", s.lastReachable().toString());
        }
        return new Verdict(up, data);
    }

    /** The node's first probe: nothing to answer from yet, so it waits for the first fetch. */
    private synchronized State first() {
        if (state == null) {
            Fetch f;
            try {
                f = fetch.get().get(TIMEOUT.plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                f = new Fetch(false, "interrupted");
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                f = failed(e);
            }
            record(f);
        }
        return state;
    }

    /** Starts a fetch unless one is running; it records its answer when it ends. */
    private void refresh() {
        if (!fetching.compareAndSet(false, true)) {
            return;
        }
        try {
            fetch.get().whenComplete((f, e) -> {
                record(f != null ? f : failed(e));
                fetching.set(false);
            });
        } catch (RuntimeException e) {
            record(failed(e));
            fetching.set(false);
        }
    }

    private synchronized void record(Fetch f) {
        Instant at = clock.instant();
        State before = state;
        state = new State(at, f, f.reachable() ? at : (before == null ? null : before.lastReachable()));
    }

    private static Fetch failed(Throwable e) {
        Throwable cause = (e instanceof ExecutionException || e instanceof CompletionException) && e.getCause() != null ? e.getCause() : e;
        return new Fetch(false, "unreachable (" + cause.getClass().getSimpleName() + ")");
    }

    private static CompletableFuture<Fetch> fetchJwks(HttpClient http) {
        URI jwks = URI.create(KeycloakManager.providerUrl().replaceAll("/+$", "") + "/protocol/openid-connect/certs");
        return http.sendAsync(HttpRequest.newBuilder(jwks).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> {
                    boolean keys = r.statusCode() == 200 && r.body().contains("\"keys\"");
                    return new Fetch(keys, keys ? "reachable" : "HTTP " + r.statusCode());
                });
    }
}
