package dev.crossway.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> setCookies = new ArrayList<>();

    @Test
    void aPortalPageCarriesANonceCspAndTheFramingSniffingAndReferrerHeaders() throws Exception {
        HttpResponse<String> login = follow(HttpRequest.newBuilder(Servers.gateway().resolve("/admin/")).GET().build());
        Matcher action = FORM_ACTION.matcher(login.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String form = "username=admin&password=admin&credentialId=";
        HttpResponse<String> page = follow(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).startsWith("/admin/");
        HttpHeaders h = page.headers();
        assertThat(h.allValues("Content-Security-Policy")).as("one policy, PrimeFaces' nonce policy").hasSize(1);
        String policy = h.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self' 'nonce-").contains("frame-ancestors 'none'").contains("object-src 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(page.body()).as("the page's scripts carry the nonce").contains("nonce=\"");
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

    /** Sends the request and follows redirects (GET after a POST's 302), keeping every Set-Cookie seen. */
    HttpResponse<String> follow(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 10; hops++) {
            setCookies.addAll(r.headers().allValues("Set-Cookie"));
            if (r.statusCode() / 100 != 3) {
                return r;
            }
            URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
            r = http.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        throw new AssertionError("more than 10 redirects from " + request.uri());
    }
}
