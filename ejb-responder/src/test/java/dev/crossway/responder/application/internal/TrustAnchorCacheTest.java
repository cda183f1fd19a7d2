package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.responder.domain.trust.TrustAnchor;
import dev.crossway.responder.domain.trust.TrustAnchorChanges;
import dev.crossway.responder.domain.trust.TrustAnchorRepository;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TrustAnchorCacheTest {

    static final X509Certificate A = DevCredentials.selfSigned("CN=A", Instant.now().minusSeconds(60), Duration.ofDays(1))
            .certificate();
    static final X509Certificate B = DevCredentials.selfSigned("CN=B", Instant.now().minusSeconds(60), Duration.ofDays(1))
            .certificate();

    /** The table: counts its reads. */
    static final class Table implements TrustAnchorRepository {
        final List<TrustAnchor> rows = new ArrayList<>();
        long revision;
        int revisionReads;
        int fullReads;

        @Override
        public List<TrustAnchor> all() {
            fullReads++;
            return List.copyOf(rows);
        }

        @Override
        public Optional<TrustAnchor> find(String fingerprint) {
            return rows.stream().filter(r -> r.fingerprint().equals(fingerprint)).findFirst();
        }

        @Override
        public void add(TrustAnchor anchor) {
            rows.add(anchor);
        }

        @Override
        public void remove(TrustAnchor anchor) {
            rows.remove(anchor);
        }

        @Override
        public long revision() {
            revisionReads++;
            return revision;
        }

        @Override
        public void bumpRevision() {
            revision++;
        }
    }

    /** One replicated token shared by the "nodes" of a test. */
    static final class Token implements TrustAnchorChanges {
        volatile String value = UUID.randomUUID().toString();

        @Override
        public String generation() {
            return value;
        }

        @Override
        public void changed() {
            value = UUID.randomUUID().toString();
        }
    }

    final Table table = new Table();
    final Token token = new Token();
    final AtomicLong nanos = new AtomicLong();

    @Test
    void requestsDoNotReadTheTableWhileNothingChanges() {
        table.add(new TrustAnchor(A, "a", Instant.now(), "admin"));
        TrustAnchorCache node = new TrustAnchorCache(token, nanos::get);
        for (int i = 0; i < 100; i++) {
            assertThat(node.current(table).certificates()).containsExactly(A);
            nanos.addAndGet(Duration.ofMillis(10).toNanos());
        }
        assertThat(table.fullReads).isEqualTo(1);
        assertThat(table.revisionReads).as("one read, then one per recheck period").isLessThanOrEqualTo(1 + 100 * 10 / 5000 + 1);
    }

    @Test
    void aChangeOnOneNodeIsSeenByTheOtherAtItsNextRequest() {
        TrustAnchor a = new TrustAnchor(A, "a", Instant.now(), "admin");
        table.add(a);
        TrustAnchorCache node1 = new TrustAnchorCache(token, nanos::get);
        TrustAnchorCache node2 = new TrustAnchorCache(token, nanos::get);
        assertThat(node2.current(table).certificates()).containsExactly(A);

        table.remove(a);
        table.add(new TrustAnchor(B, "b", Instant.now(), "admin"));
        table.bumpRevision();
        node1.changed();

        assertThat(node2.current(table).certificates()).containsExactly(B);
        assertThat(node1.current(table).certificates()).containsExactly(B);
    }

    @Test
    void aMissedAnnouncementIsCaughtByTheRevisionWithinTheRecheckPeriod() {
        TrustAnchor a = new TrustAnchor(A, "a", Instant.now(), "admin");
        table.add(a);
        TrustAnchorCache node = new TrustAnchorCache(token, nanos::get);
        assertThat(node.current(table).certificates()).containsExactly(A);

        table.remove(a);
        table.bumpRevision(); // committed, but the token was never replaced (a partitioned node)
        nanos.addAndGet(TrustAnchorCache.RECHECK.toNanos() - 1);
        assertThat(node.current(table).certificates()).as("within the period").containsExactly(A);
        nanos.addAndGet(2);
        assertThat(node.current(table).certificates()).isEmpty();
    }
}
