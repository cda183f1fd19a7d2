package dev.crossway.initiator.infrastructure.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.application.DiscoveryResult;
import dev.crossway.initiator.application.DocumentFilter;
import dev.crossway.initiator.application.DocumentList;
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.RetrievedDocument;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.domain.EndpointProfile;
import dev.crossway.initiator.support.Await;
import dev.crossway.initiator.support.FakePeers;
import dev.crossway.initiator.support.FakePeers.Reply;
import dev.crossway.initiator.support.Outbound;
import dev.crossway.initiator.support.Responses;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries, late answers, the circuit breaker and the per-endpoint settings, counted at the peer. */
class CallPolicyTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final FakePeers peers = new FakePeers();
    private final Map<String, EndpointProfile> profiles = new ConcurrentHashMap<>();
    private Outbound out = new Outbound(Outbound.fast(TIMEOUT), url -> profiles.getOrDefault(url, EndpointProfile.defaults(url)));

    @AfterEach
    void close() {
        out.close();
        peers.close();
    }

    private DiscoveryResult discover(String url) {
        return out.gateway.discoverAll(Outbound.context(), Outbound.patient(), List.of(new Community("2.3.1", "Org", url, null, null)),
                null, a -> { }).join();
    }

    private List<CallResult> logged(String url) {
        return out.log.stream().filter(r -> r.url().equals(url)).toList();
    }

    @Test
    void networkErrorsAreRetriedWithBackoffButFaultsAndTimeoutsAreNot() {
        String refused = FakePeers.refused();
        String fault = peers.peer("fault", b -> Reply.soap(Responses.fault("nope")).withStatus(500));
        String never = peers.peer("never", b -> Reply.never());

        assertThat(discover(refused).sources().get(0).status()).isEqualTo(SourceOutcome.ERROR);
        assertThat(discover(fault).sources().get(0).status()).isEqualTo(SourceOutcome.ERROR);
        assertThat(discover(never).sources().get(0).status()).isEqualTo(SourceOutcome.TIMEOUT);

        assertThat(logged(refused)).singleElement().satisfies(r -> assertThat(r.attempts()).isEqualTo(3));
        assertThat(logged(fault)).singleElement().satisfies(r -> assertThat(r.attempts()).isEqualTo(1));
        assertThat(peers.count(fault)).isEqualTo(1);
        assertThat(peers.count(never)).isEqualTo(1);
    }

    @Test
    void anInternalAddressIsRefusedBeforeAnyConnectionNeverRetriedAndLeavesTheCircuitClosed() {
        // a private and a link-local (cloud metadata) literal: refused by the policy, so nothing is sent anywhere
        for (String internal : List.of("https://10.1.2.3/gateway/xcpd", "https://169.254.169.254/latest/meta-data")) {
            for (int i = 0; i < 6; i++) {
                SourceOutcome source = discover(internal).sources().get(0);
                assertThat(source.status()).isEqualTo(SourceOutcome.ERROR);
                assertThat(source.error()).startsWith("address not allowed");
            }
            assertThat(logged(internal)).hasSize(6).allSatisfy(r -> {
                assertThat(r.attempts()).as("never sent, never retried").isZero();
                assertThat(r.outcome()).isEqualTo(CallOutcome.ERROR);
            });
            assertThat(out.client.healthy(internal)).as("a policy refusal says nothing about the endpoint").isTrue();
        }
    }

    @Test
    void aLateAnswerIsDroppedAndChangesNothing() {
        String slow = peers.peer("slow", b -> Reply.soap(Responses.sample("metriport/xcpd_match.soap.xml")).after(TIMEOUT.plusMillis(300)));

        DiscoveryResult r = discover(slow);

        assertThat(r.sources().get(0).status()).isEqualTo(SourceOutcome.TIMEOUT);
        assertThat(r.matches()).isEmpty();
        Await.until(() -> peers.replied(slow) == 1, Duration.ofSeconds(5));
        assertThat(logged(slow)).singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo(CallOutcome.TIMEOUT));
        assertThat(r.matches()).isEmpty();
    }

    @Test
    void theCircuitOpensAfterFiveFailuresSkipsAndHalfOpensLater() {
        out.close();
        out = new Outbound(Outbound.fast(TIMEOUT).withBreaker(5, Duration.ofMillis(700)), EndpointProfile::defaults);
        String broken = peers.peer("broken", b -> Reply.soap("Internal Server Error".getBytes(StandardCharsets.UTF_8)).withStatus(500));

        IntStream.range(0, 5).forEach(i -> assertThat(discover(broken).sources().get(0).status()).isEqualTo(SourceOutcome.ERROR));
        SourceOutcome skipped = discover(broken).sources().get(0);

        assertThat(skipped.status()).isEqualTo(SourceOutcome.SKIPPED);
        assertThat(skipped.error()).contains("circuit open");
        assertThat(peers.count(broken)).isEqualTo(5);
        assertThat(out.client.healthy(broken)).isFalse();
        Await.until(() -> out.client.breaker(broken).state() == CircuitBreaker.State.HALF_OPEN, Duration.ofSeconds(3));
        assertThat(discover(broken).sources().get(0).status()).isEqualTo(SourceOutcome.ERROR);
        assertThat(peers.count(broken)).isEqualTo(6);
        assertThat(out.client.breaker(broken).state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void documentsPerRetrieveIsHonoured() {
        String retrieve = peers.peer("retrieve", Responses.retrieveServing(id -> ("<doc id='" + id + "'/>").getBytes(StandardCharsets.UTF_8)));
        profiles.put(retrieve, EndpointProfile.defaults(retrieve).withDocumentsPerRetrieve(2));
        List<DocumentRef> docs = IntStream.rangeClosed(1, 5).mapToObj(i -> new DocumentRef("1.2.3.4." + i, "1.2.3.9", "2.3.1",
                "Doc " + i, null, null, Instant.now(), "text/xml", "Approved", -1)).toList();

        List<RetrievedDocument> got = out.gateway.retrieve(Outbound.context(), new Community("2.3.1", "Org", null, null, retrieve), docs,
                null).join();

        assertThat(got).extracting(RetrievedDocument::documentId).containsExactly("1.2.3.4.1", "1.2.3.4.2", "1.2.3.4.3", "1.2.3.4.4", "1.2.3.4.5");
        assertThat(got).allSatisfy(d -> assertThat(d.source().status()).isEqualTo(SourceOutcome.OK));
        assertThat(new String(got.get(2).content(), StandardCharsets.UTF_8)).contains("1.2.3.4.3");
        assertThat(peers.count(retrieve)).isEqualTo(3);
        assertThat(peers.requests(retrieve)).allSatisfy(body ->
                assertThat(occurrences(new String(body, StandardCharsets.UTF_8), "DocumentRequest>")).isLessThanOrEqualTo(2 * 2));
    }

    @Test
    void signatureAlgorithmAndUrnOidPrefixFollowTheEndpointSettings() {
        String sha1 = peers.peer("sha1", b -> Reply.soap(Responses.sample("metriport/dq_empty.soap.xml")));
        String sha256 = peers.peer("sha256", b -> Reply.soap(Responses.sample("metriport/dq_empty.soap.xml")));
        profiles.put(sha1, EndpointProfile.defaults(sha1).withSignatureAlgorithm(SignatureAlgorithm.RSA_SHA1).withUrnOidPrefix(false));
        PatientId patient = new PatientId("P-1", Oid.of("2.3.1"));

        DocumentList a = out.gateway.find(Outbound.context(), new Community("2.3.1", "Org", null, sha1, null), patient, DocumentFilter.all(), null).join();
        DocumentList b = out.gateway.find(Outbound.context(), new Community("2.3.1", "Org", null, sha256, null), patient, DocumentFilter.all(), null).join();

        assertThat(a.source().status()).isEqualTo(SourceOutcome.OK);
        assertThat(b.source().status()).isEqualTo(SourceOutcome.OK);
        String first = new String(peers.requests(sha1).get(0), StandardCharsets.UTF_8);
        String second = new String(peers.requests(sha256).get(0), StandardCharsets.UTF_8);
        assertThat(first).contains("SignatureMethod Algorithm=\"" + SignatureAlgorithm.RSA_SHA1.signatureUri() + "\"")
                .doesNotContain(SignatureAlgorithm.RSA_SHA256.signatureUri())
                .contains("home=\"2.3.1\"");
        assertThat(second).contains("SignatureMethod Algorithm=\"" + SignatureAlgorithm.RSA_SHA256.signatureUri() + "\"")
                .contains("home=\"urn:oid:2.3.1\"");
        assertThat(second).contains("<saml2:Audience>" + sha256 + "</saml2:Audience>");
    }

    private static int occurrences(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
