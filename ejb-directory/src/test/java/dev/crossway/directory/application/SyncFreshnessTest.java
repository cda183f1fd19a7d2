package dev.crossway.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncFreshnessTest {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    static final Duration MAX = Duration.ofHours(30);

    @Test
    void aRunWithinTheAllowedAgeIsFresh() {
        var f = SyncFreshness.of(true, Optional.of(NOW.minus(Duration.ofHours(29))), NOW.minus(Duration.ofDays(9)), MAX, NOW);
        assertThat(f.stale()).isFalse();
        assertThat(f.age(NOW)).contains(Duration.ofHours(29));
    }

    @Test
    void aRunOlderThanTheAllowedAgeIsStaleEvenOnANodeThatJustStarted() {
        var f = SyncFreshness.of(true, Optional.of(NOW.minus(Duration.ofHours(31))), NOW.minusSeconds(60), MAX, NOW);
        assertThat(f.stale()).isTrue();
    }

    @Test
    void neverSyncedIsStaleOnlyOnceTheNodeHasRunLongerThanTheAllowedAge() {
        assertThat(SyncFreshness.of(true, Optional.empty(), NOW.minus(Duration.ofHours(2)), MAX, NOW).stale()).isFalse();
        assertThat(SyncFreshness.of(true, Optional.empty(), NOW.minus(Duration.ofHours(31)), MAX, NOW).stale()).isTrue();
    }

    @Test
    void withoutAScheduleNothingIsStale() {
        assertThat(SyncFreshness.of(false, Optional.empty(), NOW.minus(Duration.ofDays(90)), MAX, NOW).stale()).isFalse();
    }
}
