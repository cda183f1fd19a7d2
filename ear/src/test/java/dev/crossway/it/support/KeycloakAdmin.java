package dev.crossway.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Keycloak's admin REST API as the test Keycloak's administrator ({@code KC_ADMIN_PASSWORD}, which
 * {@code ./crossway test} exports): what a hospital's Keycloak administrator does in the console,
 * creating people and reading the brute-force state.
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    public record Reply(int status, String body) {
        public JsonNode json() {
            try {
                return Api.JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(body, e);
            }
        }
    }

    public static String password() {
        String p = System.getenv("KC_ADMIN_PASSWORD");
        if (p == null || p.isBlank()) {
            throw new IllegalStateException("KC_ADMIN_PASSWORD (the test Keycloak's administrator) is not set");
        }
        return p;
    }

    private static String token() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(password(), StandardCharsets.UTF_8);
        Reply r = send(HttpRequest.newBuilder(Servers.KEYCLOAK.resolve("/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (r.status() != 200) {
            throw new IllegalStateException("Keycloak administrator token: HTTP " + r.status() + " " + r.body());
        }
        return r.json().path("access_token").asText();
    }

    private static URI realm(String path) {
        return Servers.KEYCLOAK.resolve("/admin/realms/" + Servers.REALM + "/" + path);
    }

    public static Reply get(String path) {
        return send(HttpRequest.newBuilder(realm(path)).header("Authorization", "Bearer " + token()).GET());
    }

    public static Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(realm(path)).header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Reply delete(String path) {
        return send(HttpRequest.newBuilder(realm(path)).header("Authorization", "Bearer " + token()).DELETE());
    }

    /** Creates a person (JSON user representation, credentials included); returns their id. */
    public static String createUser(String json) {
        Reply r = post("users", json);
        if (r.status() != 201) {
            throw new IllegalStateException("user not created: HTTP " + r.status() + " " + r.body());
        }
        return userIdFromJson(json);
    }

    private static String userIdFromJson(String json) {
        try {
            return userId(Api.JSON.readTree(json).path("username").asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String userId(String username) {
        Reply r = get("users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        if (r.status() != 200 || r.json().isEmpty()) {
            throw new IllegalStateException("no user " + username + ": " + r.body());
        }
        return r.json().get(0).path("id").asText();
    }

    public static void grantRealmRole(String userId, String role) {
        Reply rep = get("roles/" + role);
        Reply r = post("users/" + userId + "/role-mappings/realm", "[" + rep.body() + "]");
        if (r.status() != 204) {
            throw new IllegalStateException("role " + role + " not granted: HTTP " + r.status() + " " + r.body());
        }
    }

    /** Deletes the user when there is one (a test run's leftovers). */
    public static void deleteUserIfPresent(String username) {
        Reply r = get("users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        if (r.status() == 200 && !r.json().isEmpty()) {
            delete("users/" + r.json().get(0).path("id").asText());
        }
    }

    private static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
