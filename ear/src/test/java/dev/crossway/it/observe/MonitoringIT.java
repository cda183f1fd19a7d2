package dev.crossway.it.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.interop.Version;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * What the operator's monitoring reads on the management port: the named readiness checks at
 * {@code /health/ready}, the version at {@code /health/live}, the gateway's counter labelled by
 * transaction at {@code /metrics} after a signed XCPD, and one log line per request with its
 * correlation id.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, JsonNode> checks(HttpResponse<String> health) throws IOException {
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        for (JsonNode check : Api.JSON.readTree(health.body()).path("checks")) {
            byName.put(check.path("name").asText(), check);
        }
        return byName;
    }

    @Test
    void readinessListsCrosswaysNamedChecks() throws Exception {
        HttpResponse<String> ready = get(Servers.management().resolve("/health/ready"));
        Map<String, JsonNode> checks = checks(ready);
        assertThat(checks).as(ready.body()).containsKeys("database", "keycloak", "certificates", "directory-sync", "caches");
        // the server under test has its database, Keycloak, caches and valid certificates
        for (String up : List.of("database", "keycloak", "caches", "certificates")) {
            assertThat(checks.get(up).path("status").asText()).as(up + " in " + ready.body()).isEqualTo("UP");
        }
        assertThat(checks.get("caches").path("data").path("replay").asText()).isEqualTo("running");
        assertThat(checks.get("directory-sync").path("data").has("last-completed")).as(ready.body()).isTrue();
        assertThat(checks.get("crossway").path("data").path("version").asText()).isEqualTo(Version.current());
    }

    @Test
    void livenessIsCheapAndCarriesTheVersion() throws Exception {
        HttpResponse<String> live = get(Servers.management().resolve("/health/live"));
        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        Map<String, JsonNode> checks = checks(live);
        assertThat(checks.get("crossway").path("data").path("version").asText()).isEqualTo(Version.current());
        assertThat(checks).as("no readiness check is a liveness check").doesNotContainKeys("database", "keycloak");
    }

    @Test
    void aSignedXcpdIsCountedByTransactionOutcomeAndInitiator() throws Exception {
        Hosted.nistPatient();
        Gateway.trusted();
        double before = xcpdSuccesses();
        Element query = SecureXml.parse(Files.readAllBytes(
                Servers.shared().resolve("samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml"))).getDocumentElement();
        Gateway.Reply reply = Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, query));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);

        // counted as the request leaves the server: the client may read the answer a moment before
        Api.await(Duration.ofSeconds(10), () -> xcpdSuccesses() == before + 1, "the XCPD counted once");
        String metrics = get(Servers.management().resolve("/metrics")).body();
        assertThat(series("crossway_gateway_request_latency_total", "transaction=\"ITI-55\"", "le=\"+Inf\""))
                .as("the latency histogram's buckets").isNotEmpty();
        assertThat(metrics).contains("crossway_gateway_request_seconds_count{")
                .contains("crossway_identity_cache_hits_total").contains("crossway_identity_cache_misses_total")
                .contains("crossway_jobs_running").contains("crossway_atna_outbox").contains("crossway_directory_sync_age_seconds");
    }

    @Test
    void anUnsignedRequestIsCountedAsRefusedWithoutTheSendersClaimAsALabel() throws Exception {
        Gateway.post(Gateway.XCPD, "<not-soap/>".getBytes(StandardCharsets.UTF_8));
        Api.await(Duration.ofSeconds(10), () -> !series("crossway_gateway_requests_total", "transaction=\"ITI-55\"",
                "outcome=\"refused\"").isEmpty(), "the refused request counted");
        assertThat(series("crossway_gateway_requests_total", "transaction=\"ITI-55\"", "outcome=\"refused\""))
                .as("refused requests").isNotEmpty()
                .allSatisfy(s -> assertThat(s).contains("initiator=\"unverified\""));
    }

    @Test
    void everyApiCallIsLoggedOnceWithItsCorrelationId() throws Exception {
        String id = "it-monitoring-" + System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Servers.api("admin/certificates"))
                .header("Authorization", "Bearer " + Tokens.admin()).header("X-Request-ID", id).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Request-ID")).contains(id);

        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(Servers.api("admin/certificates"))
                .header("Authorization", "Bearer " + Tokens.admin()).header("X-Request-ID", "x\tINFO forged line")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.headers().firstValue("X-Request-ID")).as("a malformed id is replaced").get()
                .asString().doesNotContain("forged").matches("[0-9a-f-]{36}");

        Path log = Path.of(System.getProperty("crossway.it.base"), "log", "server.log");
        Api.await(Duration.ofSeconds(10), () -> linesWith(log, id).size() == 1, "one log line for request " + id);
        assertThat(linesWith(log, id).get(0)).contains("api GET /api/v1/admin/certificates -> 200");
    }

    /**
     * The application's connection pool validates a connection as it hands it out and never in the
     * background: IronJacamar 3.0.18's background validator can hand one connection to two threads,
     * which then read each other's results (docs/OPERATIONS.md, Capacity). Read from the configuration
     * this node runs with.
     */
    @Test
    void theApplicationsConnectionsAreValidatedWhenHandedOutAndNeverInTheBackground() throws IOException {
        Path config = Path.of(System.getProperty("crossway.it.base"), "configuration", "crossway.xml");
        org.w3c.dom.Document doc = SecureXml.parse(Files.readAllBytes(config));
        org.w3c.dom.NodeList sources = doc.getElementsByTagNameNS("*", "datasource");
        org.w3c.dom.Element crossway = null;
        for (int i = 0; i < sources.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) sources.item(i);
            if ("java:jboss/datasources/CrosswayDS".equals(e.getAttribute("jndi-name"))) {
                crossway = e;
            }
        }
        assertThat(crossway).as("CrosswayDS in %s", config).isNotNull();
        assertThat(crossway.getElementsByTagNameNS("*", "validate-on-match").item(0).getTextContent().trim()).isEqualTo("true");
        assertThat(crossway.getElementsByTagNameNS("*", "background-validation").item(0).getTextContent().trim())
                .isEqualTo("false");
    }

    static List<String> linesWith(Path log, String text) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(text)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The successful ITI-55 requests of the test initiator counted so far. */
    static double xcpdSuccesses() {
        List<String> lines = series("crossway_gateway_requests_total", "transaction=\"ITI-55\"", "outcome=\"success\"",
                Gateway.INITIATOR.toString() + "\"");
        return lines.isEmpty() ? 0 : Double.parseDouble(lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1));
    }

    /** The Prometheus samples of {@code metric} having every one of {@code labels}. */
    static List<String> series(String metric, String... labels) {
        List<String> out = new ArrayList<>();
        String body;
        try {
            body = get(Servers.management().resolve("/metrics")).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        Matcher m = Pattern.compile("(?m)^" + metric + "\\{[^}]*\\} \\S+$").matcher(body);
        while (m.find()) {
            String line = m.group();
            if (List.of(labels).stream().allMatch(line::contains)) {
                out.add(line);
            }
        }
        return out;
    }
}
