package dev.crossway.perf.responder;

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

/** The JSON API and Keycloak client-credentials tokens (refreshed every minute). */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String tokenUrl;
    private final Token admin = new Token("sandbox-admin", "sandbox-admin-secret");
    private final Token partner = new Token("sandbox-partner", "sandbox-secret");

    Api(String base, String tokenUrl) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.tokenUrl = tokenUrl;
    }

    String admin() {
        return admin.get();
    }

    String partner() {
        return partner.get();
    }

    Reply post(String path, String token, String body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request);
    }

    Reply post(String path, String token, String json) {
        return post(path, token, json, "application/json");
    }

    Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private final class Token {
        private final String client;
        private final String secret;
        private String value;
        private long fetchedAt;

        Token(String client, String secret) {
            this.client = client;
            this.secret = secret;
        }

        synchronized String get() {
            if (value == null || System.nanoTime() - fetchedAt > 60_000_000_000L) {
                String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(client, StandardCharsets.UTF_8)
                        + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
                Reply r = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
                if (r.status() != 200) {
                    throw new IllegalStateException("token for " + client + ": HTTP " + r.status() + " " + r.body());
                }
                value = r.json().get("access_token").asText();
                fetchedAt = System.nanoTime();
            }
            return value;
        }
    }
}
