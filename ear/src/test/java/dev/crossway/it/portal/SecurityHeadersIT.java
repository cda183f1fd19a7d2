package dev.crossway.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser protections on real responses: a portal page reached by logging in through Keycloak
 * over plain HTTP (no browser: every redirect is followed here, so each Set-Cookie is seen), and
 * an API answer. Over plain HTTP there is no HSTS and no Secure cookie; the TLS side of both is
 * Undertow's and the filter's {@code isSecure()} branch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]+id=\"kc-form-login\"[^>]+action=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> setCookies = new ArrayList<>();
    /**
     * The cookies per host:port, sent back whatever their flags: java.net.CookieManager keeps a
     * {@code Secure} cookie (Keycloak's) away from plain-HTTP localhost, which a browser does not.
     */
    final Map<String, Map<String, String>> jar = new HashMap<>();

    @Test
    void aPortalPageCarriesItsCspAndTheFramingSniffingAndReferrerHeaders() throws Exception {
        HttpResponse<String> login = follow(HttpRequest.newBuilder(Servers.gateway().resolve("/admin/")).GET());
        Matcher action = FORM_ACTION.matcher(login.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String form = "username=admin&password=admin&credentialId=";
        HttpResponse<String> page = follow(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(page.statusCode()).as(page.uri() + ": " + page.body()).isEqualTo(200);
        assertThat(page.uri().getPath()).startsWith("/admin/");
        HttpHeaders h = page.headers();
        assertThat(h.allValues("Content-Security-Policy")).as("one policy").hasSize(1);
        String policy = h.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertCommonHeaders(h);

        String session = setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((a, b) -> b).orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("no Secure flag over plain HTTP").doesNotContainIgnoringCase("secure;").doesNotEndWithIgnoringCase("secure");
    }

    @Test
    void anApiAnswerCarriesAScriptlessPolicyAndTheSameHeaders() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(Servers.api("admin/communities"))
                .header("Authorization", "Bearer " + Tokens.admin()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Content-Security-Policy")).containsExactly(
                "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
                        + "base-uri 'none'; form-action 'self'");
        assertCommonHeaders(r.headers());

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(Servers.api("admin/communities")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).as("an error answer too").contains("nosniff");
    }

    static void assertCommonHeaders(HttpHeaders h) {
        assertThat(h.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(h.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(h.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(h.firstValue("Strict-Transport-Security")).as("HSTS only over TLS").isEmpty();
    }

    /** Sends the request and follows redirects (GET after a POST's 302), keeping every cookie seen. */
    HttpResponse<String> follow(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = send(request);
        for (int hops = 0; hops < 10; hops++) {
            if (r.statusCode() / 100 != 3) {
                return r;
            }
            URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
            r = send(HttpRequest.newBuilder(next).GET());
        }
        throw new AssertionError("more than 10 redirects");
    }

    HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
        HttpRequest request = builder.build();
        String origin = request.uri().getHost() + ":" + request.uri().getPort();
        Map<String, String> cookies = jar.computeIfAbsent(origin, k -> new LinkedHashMap<>());
        HttpRequest.Builder withCookies = builder.copy();
        if (!cookies.isEmpty()) {
            withCookies.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> r = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : r.headers().allValues("Set-Cookie")) {
            setCookies.add(set);
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return r;
    }
}
