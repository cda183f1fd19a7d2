package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.saml.Anchor;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.responder.domain.trust.AnchorState;
import dev.crossway.responder.domain.trust.TrustAnchor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What an upload is trusted for, and how its end of validity is flagged. */
class TrustAnchorServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SigningCredential CA = DevCredentials.selfSigned("CN=Network CA", NOW.minus(Duration.ofDays(1)),
            Duration.ofDays(365));
    private static final SigningCredential LEAF = DevCredentials.issuedBy(CA, "CN=partner.example.org",
            NOW.minus(Duration.ofDays(1)), Duration.ofDays(20));

    private final TrustAnchorCacheTest.Table table = new TrustAnchorCacheTest.Table();
    private final TrustAnchorService service = new TrustAnchorService(table,
            new GatewayAudit(r -> { }, Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void withoutAKindACaCertificateIsACaAndALeafIsPinned() {
        assertThat(service.add(CA.certificatesPem(), "ca", null, false, "admin").kind()).isEqualTo(Anchor.Kind.CA);
        assertThat(service.add(pem(LEAF), "leaf", null, false, "admin").kind())
                .isEqualTo(Anchor.Kind.PINNED);
    }

    @Test
    void anExplicitKindAndTheSha1FlagAreKeptAndReachTheVerifier() {
        TrustAnchor added = service.add(CA.certificatesPem(), "old partner", Anchor.Kind.PINNED, true, "admin");

        assertThat(added.anchor()).isEqualTo(new Anchor(CA.certificate(), Anchor.Kind.PINNED, true));
        assertThat(new TrustAnchorCache(new TrustAnchorCacheTest.Token(), System::nanoTime).current(table).anchors())
                .containsExactly(new Anchor(CA.certificate(), Anchor.Kind.PINNED, true));
    }

    @Test
    void aRowFromBeforeKindsIsReadByItsBasicConstraints() {
        assertThat(new TrustAnchor(CA.certificate(), "ca", NOW, "admin").kind()).isEqualTo(Anchor.Kind.CA);
        assertThat(new TrustAnchor(LEAF.certificate(), "leaf", NOW, "admin").kind()).isEqualTo(Anchor.Kind.PINNED);
        assertThat(new TrustAnchor(LEAF.certificate(), "leaf", NOW, "admin").allowsSha1()).isFalse();
    }

    @Test
    void anAnchorIsFlaggedThirtyDaysBeforeItExpires() {
        assertThat(new TrustAnchor(CA.certificate(), "ca", NOW, "admin").state(NOW)).isEqualTo(AnchorState.VALID);
        assertThat(new TrustAnchor(LEAF.certificate(), "leaf", NOW, "admin").state(NOW)).isEqualTo(AnchorState.EXPIRING);
        assertThat(new TrustAnchor(LEAF.certificate(), "leaf", NOW, "admin").state(NOW.plus(Duration.ofDays(20))))
                .isEqualTo(AnchorState.EXPIRED);
        assertThat(Views.of(new TrustAnchor(LEAF.certificate(), "leaf", NOW, "admin"), NOW).state()).isEqualTo("expiring");
    }

    private static String pem(SigningCredential c) {
        return c.certificatesPem().substring(0, c.certificatesPem().indexOf("-----END CERTIFICATE-----") + 25);
    }
}
