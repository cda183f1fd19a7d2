package dev.crossway.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The JSON API over real HTTP. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A response: status, raw body and the body as JSON (null when it is not JSON). */
    public record Reply(int status, String body, JsonNode json) {
        public JsonNode firstError() {
            return json == null ? null : json.path("Errors").path(0);
        }
    }

    private Api() {
    }

    public static Reply post(String path, String token, String body) {
        return post(path, token, body, "application/json");
    }

    public static Reply post(String path, String token, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Servers.api(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(b, token);
    }

    public static Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(Servers.api(path)).timeout(Duration.ofSeconds(60)).GET(), token);
    }

    public static Reply send(HttpRequest.Builder b, String token) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Reply(r.statusCode(), r.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI uri(String path) {
        return Servers.api(path);
    }

    /** Waits for a condition (polling, never a blind sleep), failing after the timeout. */
    public static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
