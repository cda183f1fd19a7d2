package dev.crossway.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.realm.PartnerGrants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LiveGrantsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final AtomicReference<PartnerGrants> inKeycloak = new AtomicReference<>(grants("2.16.1"));
    private final AtomicInteger lookups = new AtomicInteger();
    private final LiveGrants live = new LiveGrants(c -> {
        lookups.incrementAndGet();
        if (inKeycloak.get() == null) {
            throw new IllegalStateException("Keycloak down");
        }
        return inKeycloak.get();
    }, Duration.ofSeconds(30), clock);

    @Test
    void aRevokedGrantBindsWithinTheMaxAgeWhateverTheTokenSays() {
        assertThat(live.current("acme").orElseThrow().communities()).containsExactly("2.16.1");
        inKeycloak.set(grants());
        now.set(now.get().plusSeconds(29));
        assertThat(live.current("acme").orElseThrow().communities()).as("within the period: one lookup").containsExactly("2.16.1");
        now.set(now.get().plusSeconds(2));
        assertThat(live.current("acme").orElseThrow().communities()).isEmpty();
        assertThat(lookups.get()).isEqualTo(2);
    }

    @Test
    void aChangeThroughThisNodeBindsAtOnce() {
        live.current("acme");
        inKeycloak.set(grants());
        live.changed("acme");
        assertThat(live.current("acme").orElseThrow().communities()).isEmpty();
    }

    @Test
    void whenKeycloakCannotBeAskedTheTokensOwnGrantsAreUsed() {
        inKeycloak.set(null);
        assertThat(live.current("acme")).isEmpty();
        assertThat(live.current(null)).isEmpty();
    }

    @Test
    void theMaxAgeIsThirtySecondsUnlessConfigured() {
        assertThat(LiveGrants.maxAge()).isEqualTo(Duration.ofSeconds(30));
    }

    private static PartnerGrants grants(String... communities) {
        return new PartnerGrants(List.of(communities), List.of(), List.of(), null, false);
    }
}
