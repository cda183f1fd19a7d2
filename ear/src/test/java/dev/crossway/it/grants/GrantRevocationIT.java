package dev.crossway.it.grants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.RealmToolRun;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Tokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A revoked grant binds the tokens already issued, not only the next one: the API checks a client's
 * grants as Keycloak holds them now (at most {@code crossway.grants.max-age}, 30 s, old; at once
 * when the change went through this node's API).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantRevocationIT {

    static final String NORTH = Sandbox.COMMUNITIES.get(0);
    static final String SOUTH = Sandbox.COMMUNITIES.get(1);
    /** The bound the API promises: crossway.grants.max-age (30 s), with room for the request itself. */
    static final Duration BOUND = Duration.ofSeconds(35);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    private record Partner(String clientId, String token) {
    }

    private static Partner onboard(String community) {
        String clientId = "revoke-it-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Api.Reply r = Api.post("admin/partners", Tokens.admin(), """
                {"ClientId": "%s", "Grants": {"Communities": ["%s"], "Organizations": [], "PurposesOfUse": [], "Initiate": false}}"""
                .formatted(clientId, community));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Partner(clientId, Tokens.clientCredentials(clientId, r.json().path("Secret").asText()));
    }

    private static String newPatient(String community, String id) {
        return """
                {"Meta": {"DataModel": "PatientAdmin", "EventType": "NewPatient", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s.1"}],
                  "Demographics": {"FirstName": "Rita", "LastName": "Revoked", "DOB": "1961-02-03", "Sex": "Female"}}}"""
                .formatted(community, id, community);
    }

    @Test
    void aTokenIssuedBeforeItsGrantWasRevokedThroughTheApiIsRefusedAtOnce() throws Exception {
        Sandbox.ready();
        Partner acme = onboard(NORTH);
        String id = "RV-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        assertThat(Api.post("PatientAdmin/NewPatient", acme.token(), newPatient(NORTH, id)).status()).isEqualTo(201);

        Api.Reply replaced = Api.send(HttpRequest.newBuilder(Api.uri("admin/partners/" + acme.clientId() + "/grants"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"Communities": ["%s"], "Organizations": [], "PurposesOfUse": [], "Initiate": false}""".formatted(SOUTH))),
                Tokens.admin());
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);

        // the same token, issued before the change and still valid for minutes
        String other = id + "-2";
        Api.Reply refused = Api.post("PatientAdmin/NewPatient", acme.token(), newPatient(NORTH, other));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.firstError().path("Code").asText()).isEqualTo("NotGranted");
        assertThat(Api.post("PatientAdmin/PatientUpdate", Tokens.admin(), newPatient(NORTH, other).replace("NewPatient", "PatientUpdate"))
                .status()).as("nothing written").isEqualTo(404);
        // and what was granted instead works with that same token
        assertThat(Api.post("PatientAdmin/NewPatient", acme.token(), newPatient(SOUTH, other)).status()).isEqualTo(201);
    }

    @Test
    void aGrantRevokedByTheRealmToolBindsATokenIssuedBeforeWithinTheBound() throws Exception {
        Sandbox.ready();
        Partner acme = onboard(NORTH);
        String id = "RT-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        assertThat(Api.post("PatientAdmin/NewPatient", acme.token(), newPatient(NORTH, id)).status()).isEqualTo(201);

        // straight in Keycloak, as an operator with the realm tool: Crossway is not told
        RealmToolRun.Result changed = RealmToolRun.run("set-grants", "--client-id", acme.clientId(), "--communities", SOUTH);
        assertThat(changed.exit()).as(changed.output()).isZero();
        Instant revoked = Instant.now();

        Api.await(BOUND, () -> Api.post("PatientAdmin/NewPatient", acme.token(), newPatient(NORTH, id)).status() == 403,
                "the revoked community refused to the token issued before the revocation");
        assertThat(Duration.between(revoked, Instant.now())).isLessThanOrEqualTo(BOUND);
    }
}
