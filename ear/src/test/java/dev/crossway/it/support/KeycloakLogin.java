package dev.crossway.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A person logging in to the portal's Keycloak client on Keycloak's own login pages, over plain
 * HTTP as a browser would (form posts, Keycloak's cookies, no redirects followed), without a
 * browser: for the login rules (second factor, lockout, directory), where only Keycloak's pages
 * matter. Keycloak marks some cookies Secure, which a browser still sends to {@code localhost} over
 * HTTP and the JDK's cookie manager does not: so the cookies are kept here.
 */
public final class KeycloakLogin {

    /** Where a login step left the person. */
    public enum Step { LOGGED_IN, ONE_TIME_PASSWORD, SET_UP_AUTHENTICATOR, REFUSED }

    public static final String REDIRECT = "http://localhost:8080/admin/";
    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern OTP_FORM = Pattern.compile("id=\"kc-otp-login-form\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String page = "";
    private URI location;
    private Step step;

    /** Opens the portal client's login page and submits the username and password. */
    public Step login(String username, String password) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(Servers.KEYCLOAK.resolve("/realms/" + Servers.REALM
                + "/protocol/openid-connect/auth?client_id=crossway-portal&response_type=code&scope=openid&state=it&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8))).GET());
        String action = form(LOGIN_FORM, r.body());
        return submit(action, Map.of("username", username, "password", password, "credentialId", ""));
    }

    /** Submits the one-time password computed from the authenticator's secret for the current 30-second step. */
    public Step oneTimePassword(byte[] secret) {
        if (step != Step.ONE_TIME_PASSWORD) {
            throw new IllegalStateException("not on the one-time password page");
        }
        return submit(form(OTP_FORM, page), Map.of("otp", totp(secret, Instant.now())));
    }

    /** The access token of the login just completed (the portal client's code exchanged with its secret). */
    public JsonNode accessTokenClaims() {
        if (step != Step.LOGGED_IN) {
            throw new IllegalStateException("not logged in: " + step);
        }
        String code = query(location).get("code");
        String secret = System.getenv("CROSSWAY_PORTAL_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("CROSSWAY_PORTAL_SECRET (the portal client's secret) is not set");
        }
        String form = "grant_type=authorization_code&client_id=crossway-portal&code=" + enc(code) + "&redirect_uri=" + enc(REDIRECT)
                + "&client_secret=" + enc(secret);
        HttpResponse<String> r = send(HttpRequest.newBuilder(Servers.KEYCLOAK.resolve("/realms/" + Servers.REALM
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        try {
            String jwt = Api.JSON.readTree(r.body()).path("access_token").asText();
            return Api.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("no token: HTTP " + r.statusCode() + " " + r.body(), e);
        }
    }

    public String page() {
        return page;
    }

    private Step submit(String action, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        page = r.body();
        location = r.headers().firstValue("Location").map(URI::create).orElse(null);
        if (location != null && location.toString().startsWith(REDIRECT) && query(location).containsKey("code")) {
            step = Step.LOGGED_IN;
        } else if (location != null && location.getPath().contains("/login-actions/required-action")
                || location != null && location.getPath().endsWith("/login-actions/required")) {
            page = send(HttpRequest.newBuilder(location).GET()).body();
            step = page.contains("kc-totp-settings-form") ? Step.SET_UP_AUTHENTICATOR : Step.REFUSED;
        } else if (page.contains("kc-otp-login-form")) {
            step = Step.ONE_TIME_PASSWORD;
        } else if (page.contains("kc-totp-settings-form")) {
            step = Step.SET_UP_AUTHENTICATOR;
        } else {
            step = Step.REFUSED;
        }
        return step;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            r.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1));
                }
            });
            return r;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Pattern which, String html) {
        Matcher m = which.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no " + which.pattern() + " on the page: " + html.substring(0, Math.min(html.length(), 2000)));
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String kv : uri.getRawQuery().split("&")) {
                String[] p = kv.split("=", 2);
                out.put(java.net.URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p.length > 1 ? java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits): what an authenticator app shows, as Keycloak's default policy. */
    public static String totp(byte[] secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
            int o = h[h.length - 1] & 0xf;
            int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return String.format("%06d", bin % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
