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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the running Keycloak (client credentials of the sandbox clients). */
public final class Tokens {

    public static final String PARTNER = "sandbox-partner";
    public static final String ADMIN = "sandbox-admin";
    private static final Map<String, String> SECRETS = Map.of(PARTNER, "sandbox-secret", ADMIN, "sandbox-admin-secret");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    public static String partner() {
        return CACHE.computeIfAbsent(PARTNER, c -> clientCredentials(c, SECRETS.get(c)));
    }

    public static String admin() {
        return CACHE.computeIfAbsent(ADMIN, c -> clientCredentials(c, SECRETS.get(c)));
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
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
