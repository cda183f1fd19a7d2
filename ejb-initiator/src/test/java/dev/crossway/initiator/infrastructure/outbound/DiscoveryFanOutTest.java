package dev.crossway.initiator.infrastructure.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.initiator.application.DiscoveryResult;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;
import dev.crossway.initiator.domain.EndpointProfiles;
import dev.crossway.initiator.support.FakePeers;
import dev.crossway.initiator.support.FakePeers.Reply;
import dev.crossway.initiator.support.Outbound;
import dev.crossway.initiator.support.Responses;
import dev.crossway.interop.xcpd.Hl7v3;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** XCPD fan-out over real HTTP against well-behaved, real-sample and hostile peers. */
class DiscoveryFanOutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final FakePeers peers = new FakePeers();
    private final Outbound out = new Outbound(Outbound.fast(TIMEOUT), EndpointProfiles.defaults());

    @AfterEach
    void close() {
        out.close();
        peers.close();
    }

    private Community community(String oid, String url) {
        return new Community(oid, "Org " + oid, url, null, null);
    }

    private DiscoveryResult discover(List<Community> targets) {
        return out.gateway.discoverAll(Outbound.context(), Outbound.patient(), targets, null, a -> { }).join();
    }

    private static Map<String, SourceOutcome> byOrg(DiscoveryResult r) {
        return r.sources().stream().collect(Collectors.toMap(SourceOutcome::organizationId, Function.identity()));
    }

    @Test
    void realSampleAnswersBecomeMatchesAndStatuses() {
        List<Community> targets = List.of(
                community("1.1.1", peers.peer("metriport-match", b -> Reply.soap(Responses.sample("metriport/xcpd_match.soap.xml")))),
                community("1.1.2", peers.peer("metriport-nomatch", b -> Reply.soap(Responses.sample("metriport/xcpd_no_match.soap.xml")))),
                community("1.1.3", peers.peer("metriport-error", b -> Reply.soap(Responses.sample("metriport/xcpd_error.soap.xml")))),
                community("1.1.4", peers.peer("nist", b -> Reply.soap(Responses.wrapped("nist-iheos-toolkit2/iti55_PRPA_IN201306UV02.xml",
                        Hl7v3.ACTION_RESPONSE)))),
                community("1.1.5", peers.peer("ours", Responses.xcpdMatch("P-42", "1.1.5"))));

        DiscoveryResult r = discover(targets);

        Map<String, SourceOutcome> s = byOrg(r);
        assertThat(s.get("1.1.1").status()).isEqualTo(SourceOutcome.MATCHED);
        assertThat(s.get("1.1.2").status()).isEqualTo(SourceOutcome.NO_MATCH);
        assertThat(s.get("1.1.3").status()).isEqualTo(SourceOutcome.ERROR);
        assertThat(s.get("1.1.3").error()).isNotBlank();
        // the NIST sample carries a birth time with month 97: interop refuses it, and says so
        assertThat(s.get("1.1.4").status()).isEqualTo(SourceOutcome.ERROR);
        assertThat(s.get("1.1.4").error()).startsWith("malformed response").contains("impossible month");
        assertThat(s.get("1.1.5").status()).as(String.valueOf(s.get("1.1.5").error())).isEqualTo(SourceOutcome.MATCHED);
        assertThat(r.matches()).extracting(m -> m.organizationId()).containsExactlyInAnyOrder("1.1.1", "1.1.5");
        assertThat(r.matches().stream().filter(m -> m.organizationId().equals("1.1.5")).findFirst().orElseThrow()
                .identifiers().get(0).value()).isEqualTo("P-42");
        assertThat(r.matches().stream().filter(m -> m.organizationId().equals("1.1.5")).findFirst().orElseThrow()
                .demographics().lastName()).isEqualTo("Doe");
    }

    @Test
    void hostilePeersCostNoMoreThanTheTimeoutAndEachGetsAClearStatus() {
        List<Community> targets = List.of(
                community("2.1", peers.peer("good", Responses.xcpdMatch("G-1", "2.1"))),
                community("2.2", peers.peer("slow", b -> Reply.soap(Responses.sample("metriport/xcpd_match.soap.xml"))
                        .after(TIMEOUT.plusMillis(1500)))),
                community("2.3", peers.peer("never", b -> Reply.never())),
                community("2.4", peers.peer("fault", b -> Reply.soap(Responses.fault("Policy says no")).withStatus(500))),
                community("2.5", peers.peer("malformed", b -> Reply.soap(Responses.malformed()))),
                community("2.6", peers.huge("huge", 50)),
                community("2.7", FakePeers.refused()),
                community("2.8", peers.peer("good2", b -> Reply.soap(Responses.sample("metriport/xcpd_no_match.soap.xml")))));

        long start = System.nanoTime();
        DiscoveryResult r = discover(targets);
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsed).isLessThan(TIMEOUT.toMillis() + 1000);
        Map<String, SourceOutcome> s = byOrg(r);
        assertThat(s.get("2.1").status()).isEqualTo(SourceOutcome.MATCHED);
        assertThat(s.get("2.2").status()).isEqualTo(SourceOutcome.TIMEOUT);
        assertThat(s.get("2.3").status()).isEqualTo(SourceOutcome.TIMEOUT);
        assertThat(s.get("2.4").status()).isEqualTo(SourceOutcome.ERROR);
        assertThat(s.get("2.4").error()).contains("Policy says no");
        assertThat(s.get("2.5").status()).isEqualTo(SourceOutcome.ERROR);
        assertThat(s.get("2.5").error()).startsWith("malformed response");
        // the 50 MB answer is cut off at the size limit; on a starved machine its bytes may not
        // even arrive before the deadline, which is reported as a timeout: never as a success
        assertThat(s.get("2.6").status()).isIn(SourceOutcome.ERROR, SourceOutcome.TIMEOUT);
        if (SourceOutcome.ERROR.equals(s.get("2.6").status())) {
            assertThat(s.get("2.6").error()).contains("cut off");
        }
        assertThat(s.get("2.7").status()).isEqualTo(SourceOutcome.ERROR);
        assertThat(s.get("2.7").error()).contains("connection refused");
        assertThat(s.get("2.8").status()).isEqualTo(SourceOutcome.NO_MATCH);
        assertThat(r.matches()).singleElement().satisfies(m -> assertThat(m.organizationId()).isEqualTo("2.1"));
    }
}
