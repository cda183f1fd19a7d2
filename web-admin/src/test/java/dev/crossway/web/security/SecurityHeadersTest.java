package dev.crossway.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The filter's decisions on a stand-in request and response (a JDK proxy that records headers;
 * the real responses are checked by SecurityHeadersIT).
 */
class SecurityHeadersTest {

    final Map<String, List<String>> headers = new LinkedHashMap<>();

    @Test
    void hstsOnlyOverTls() throws Exception {
        filter(false, null);
        assertThat(headers).doesNotContainKey("Strict-Transport-Security")
                .containsEntry("X-Frame-Options", List.of("DENY")).containsEntry("X-Content-Type-Options", List.of("nosniff"));
        headers.clear();
        filter(true, null);
        assertThat(headers).containsEntry("Strict-Transport-Security", List.of(SecurityHeaders.HSTS));
    }

    @Test
    void theApiGetsTheScriptlessPolicyAndThePortalOneThatKeepsFramingOut() throws Exception {
        filter(false, null);
        assertThat(headers.get("Content-Security-Policy")).containsExactly(SecurityHeaders.DEFAULT_POLICY);
        assertThat(SecurityHeaders.DEFAULT_POLICY).contains("default-src 'none'").contains("frame-ancestors 'none'");
        headers.clear();
        path = "/admin/organizations.xhtml";
        filter(false, null);
        assertThat(headers.get("Content-Security-Policy")).containsExactly(SecurityHeaders.PORTAL_POLICY);
        assertThat(SecurityHeaders.PORTAL_POLICY).contains("frame-ancestors 'none'").contains("object-src 'none'");
    }

    @Test
    void aPagesOwnPolicyReplacesTheDefaultInsteadOfJoiningIt() throws Exception {
        filter(false, "script-src 'self' 'nonce-abc';");
        assertThat(headers.get("Content-Security-Policy")).containsExactly("script-src 'self' 'nonce-abc';");
    }

    String path = "/api/v1/Organization";

    void filter(boolean secure, String pagePolicy) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "isSecure" -> secure;
                    case "getServletPath" -> path;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "setHeader" -> headers.put((String) a[0], new ArrayList<>(List.of((String) a[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) a[0], k -> new ArrayList<>()).add((String) a[1]);
                        default -> { }
                    }
                    return null;
                });
        new SecurityHeaders().doFilter(request, response, (req, resp) -> {
            if (pagePolicy != null) {
                ((HttpServletResponse) resp).addHeader("Content-Security-Policy", pagePolicy);
            }
        });
    }
}
