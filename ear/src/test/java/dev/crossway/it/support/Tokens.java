package dev.crossway.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the running Keycloak (client credentials of the sandbox clients). */
public final class Tokens {

    public static final String PARTNER = "sandbox-partner";
    public static final String ADMIN = "sandbox-admin";
    private static final Map<String, String> SECRETS = Map.of(PARTNER, "sandbox-secret", ADMIN, "sandbox-admin-secret");
    /** A token per client, reused until 30 s before it expires (a whole IT run outlives one). */
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    public static String partner() {
        return cached(PARTNER);
    }

    public static String admin() {
        return cached(ADMIN);
    }

    private record Issued(String token, Instant renewAt) {
    }

    private static String cached(String clientId) {
        return CACHE.compute(clientId, (c, issued) -> issued != null && Instant.now().isBefore(issued.renewAt()) ? issued
                : new Issued(clientCredentials(c, SECRETS.get(c)), Instant.now().plus(lifetime(c))))
                .token();
    }

    private static final Map<String, Duration> LIFETIMES = new ConcurrentHashMap<>();

    /** The lifetime Keycloak announced for the client's last token, less a margin. */
    private static Duration lifetime(String clientId) {
        return LIFETIMES.getOrDefault(clientId, Duration.ofSeconds(60));
    }

    public static String clientCredentials(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        URI uri = Servers.KEYCLOAK.resolve("/realms/" + Servers.REALM + "/protocol/openid-connect/token");
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("token for " + clientId + ": HTTP " + r.statusCode() + " " + r.body());
            }
            JsonNode json = new ObjectMapper().readTree(r.body());
            long expiresIn = json.path("expires_in").asLong(60);
            LIFETIMES.put(clientId, Duration.ofSeconds(Math.max(5, expiresIn - 30)));
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
