package dev.crossway.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One test per role rule of the API, with real Keycloak tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSecurityIT {

    private static final String QUERY = """
            {"Meta": {"DataModel": "Organization", "EventType": "Query"}, "Paging": {"Count": 5}}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @Test
    void noTokenIsUnauthorizedWithAJsonError() {
        Api.Reply r = Api.post("Organization/Query", null, QUERY);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.firstError().path("Code").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void aForgedTokenIsUnauthorized() {
        String forged = Tokens.partner().substring(0, Tokens.partner().lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThat(Api.post("Organization/Query", forged, QUERY).status()).isEqualTo(401);
        assertThat(Api.post("Organization/Query", "not-a-jwt", QUERY).status()).isEqualTo(401);
    }

    @Test
    void aRealmTokenIssuedForAnotherClientIsUnauthorized() throws Exception {
        // crossway-manager: a genuine token of this realm (signature, issuer, times all good), issued to the
        // portal's Keycloak-administration client, whose audience does not name the API
        String secret = System.getenv("CROSSWAY_MANAGER_SECRET");
        assertThat(secret).as("CROSSWAY_MANAGER_SECRET (exported by ./crossway test)").isNotBlank();
        String other = Tokens.clientCredentials("crossway-manager", secret);
        assertThat(audience(other)).doesNotContain("crossway-api");
        Api.Reply r = Api.post("Organization/Query", other, QUERY);
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.firstError().path("Code").asText()).isEqualTo("Unauthorized");
        // the API clients' tokens name it
        assertThat(audience(Tokens.partner())).contains("crossway-api");
        assertThat(audience(Tokens.admin())).contains("crossway-api");
    }

    /** The {@code aud} claim of a JWT, as a list (a single string becomes a list of one). */
    static java.util.List<String> audience(String jwt) throws java.io.IOException {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode aud = Api.JSON.readTree(payload).path("aud");
        java.util.List<String> out = new java.util.ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> out.add(a.asText()));
        } else if (!aud.isMissingNode() && !aud.isNull()) {
            out.add(aud.asText());
        }
        return out;
    }

    @Test
    void partnerMayQueryTheDirectory() {
        Api.Reply r = Api.post("Organization/Query", Tokens.partner(), QUERY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("Meta").path("DataModel").asText()).isEqualTo("Organization");
        assertThat(r.json().path("Paging").has("Total")).isTrue();
    }

    @Test
    void adminMayQueryTheDirectory() {
        assertThat(Api.post("Organization/Query", Tokens.admin(), QUERY).status()).isEqualTo(200);
    }

    @Test
    void partnerMayNotAdministerTheDirectory() {
        Api.Reply r = Api.post("admin/directory/imports", Tokens.partner(), "{\"resourceType\":\"Bundle\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.firstError().path("Code").asText()).isEqualTo("Forbidden");
        assertThat(Api.get("admin/directory/imports", Tokens.partner()).status()).isEqualTo(403);
    }

    @Test
    void partnerMayNotCreateFacilities() {
        Api.Reply r = Api.post("Organization/New", Tokens.partner(), """
                {"Organization": {"Name": "X", "Identifiers": [{"ID": "2.16.840.1.113883.3.9999.99.1", "IDType": "OID"}]}}""");
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void malformedJsonIsABadRequestWithAJsonError() {
        Api.Reply r = Api.post("Organization/Query", Tokens.partner(), "{\"Organization\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.firstError().path("Code").asText()).isEqualTo("InvalidJson");
        assertThat(r.body()).doesNotContain("at com.").doesNotContain("Exception");
    }

    @Test
    void aWronglyTypedFieldIsNamed() {
        Api.Reply r = Api.post("Organization/Query", Tokens.partner(),
                "{\"Radius\": {\"Miles\": \"far\", \"ZIP\": \"53201\"}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.firstError().path("Field").asText()).isEqualTo("Radius.Miles");
    }

    @Test
    void anUnknownPathIsAJson404() {
        Api.Reply r = Api.get("NoSuchModel/Query", Tokens.partner());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.firstError().path("Code").asText()).isEqualTo("NotFound");
    }
}
