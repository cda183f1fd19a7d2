package dev.crossway.web.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class KeycloakKeysTest {

    private static final KeycloakKeys.Fetch KEYS = new KeycloakKeys.Fetch(true, "reachable");
    private static final KeycloakKeys.Fetch TIMED_OUT = new KeycloakKeys.Fetch(false, "unreachable (HttpTimeoutException)");

    /** A clock the test moves, and the fetches' answers in order. */
    private Instant now = Instant.parse("2026-12-06T08:00:00Z");
    private final Deque<KeycloakKeys.Fetch> answers = new ArrayDeque<>();
    private int fetches;
    /** When set, the fetch that is still running (the next fetches return it). */
    private CompletableFuture<KeycloakKeys.Fetch> pending;

    private final KeycloakKeys keys = new KeycloakKeys(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }, () -> {
        fetches++;
        return pending != null ? pending : CompletableFuture.completedFuture(answers.removeFirst());
    });

    private KeycloakKeys.Verdict after(Duration elapsed) {
        now = now.plus(elapsed);
        return keys.verdict();
    }

    @Test
    void aNodeThatNeverReachedKeycloakIsDownAtItsFirstFailedFetch() {
        answers.add(TIMED_OUT);
        KeycloakKeys.Verdict r = after(Duration.ZERO);
        assertThat(r.up()).isFalse();
        assertThat(r.data()).containsEntry("jwks", "unreachable (HttpTimeoutException)")
                .doesNotContainKey("last-reachable");
    }

    @Test
    void oneFailedFetchWithinTheGraceKeepsTheCheckUpAndSaysWhenTheKeysLastCame() {
        answers.addAll(java.util.List.of(KEYS, TIMED_OUT, KEYS));
        assertThat(after(Duration.ZERO).up()).isTrue();
        Instant reached = now;
        KeycloakKeys.Verdict blip = after(KeycloakKeys.FRESH.plusSeconds(1));
        assertThat(blip.up()).as("a blip must not take the node out of rotation").isTrue();
        assertThat(blip.data()).containsEntry("jwks", "unreachable (HttpTimeoutException)")
                .containsEntry("last-reachable", reached.toString());
        assertThat(after(KeycloakKeys.FRESH.plusSeconds(1)).data()).containsEntry("jwks", "reachable")
                .doesNotContainKey("last-reachable");
        assertThat(fetches).isEqualTo(3);
    }

    @Test
    void aKeycloakUnreachableForLongerThanTheGraceMakesTheCheckDown() {
        answers.addAll(java.util.List.of(KEYS, TIMED_OUT, TIMED_OUT, TIMED_OUT, TIMED_OUT));
        after(Duration.ZERO);
        Duration step = KeycloakKeys.FRESH.plusSeconds(1);
        Duration waited = Duration.ZERO;
        KeycloakKeys.Verdict r;
        do {
            r = after(step);
            waited = waited.plus(step);
        } while (r.up() && waited.compareTo(Duration.ofMinutes(5)) < 0);
        assertThat(r.up()).isFalse();
        assertThat(waited).as("DOWN once the keys are older than the grace").isGreaterThan(KeycloakKeys.GRACE)
                .isLessThanOrEqualTo(KeycloakKeys.GRACE.plus(step));
    }

    @Test
    void probesWithinFreshShareOneFetchWhateverItsAnswer() {
        answers.add(TIMED_OUT);
        after(Duration.ZERO);
        after(Duration.ofSeconds(5));
        assertThat(after(KeycloakKeys.FRESH.minusSeconds(5)).up()).as("still the first fetch's answer, 10 s on").isFalse();
        assertThat(fetches).isEqualTo(1);
    }

    @Test
    void aProbeNeverWaitsForAFetchStillRunningAndStartsNoSecondOne() {
        answers.add(KEYS);
        after(Duration.ZERO);
        pending = new CompletableFuture<>();
        KeycloakKeys.Verdict meanwhile = after(KeycloakKeys.FRESH.plusSeconds(1));
        assertThat(meanwhile.up()).as("the latest answer, at once").isTrue();
        assertThat(meanwhile.data()).containsEntry("jwks", "reachable");
        after(Duration.ofSeconds(2));
        assertThat(fetches).as("one fetch running, not one per probe").isEqualTo(2);
        pending.complete(TIMED_OUT);
        assertThat(after(Duration.ZERO).data()).containsEntry("jwks", "unreachable (HttpTimeoutException)");
    }

    @Test
    void aFetchThatFailsWithAnExceptionCountsAsUnreachable() {
        pending = CompletableFuture.failedFuture(new java.net.ConnectException("refused"));
        KeycloakKeys.Verdict r = after(Duration.ZERO);
        assertThat(r.up()).isFalse();
        assertThat(r.data()).containsEntry("jwks", "unreachable (ConnectException)");
    }
}
