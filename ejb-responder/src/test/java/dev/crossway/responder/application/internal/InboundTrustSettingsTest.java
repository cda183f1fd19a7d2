package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audiences come from configuration alone, and a real installation cannot start without them. */
class InboundTrustSettingsTest {

    private static final String[] PROPERTIES = {"crossway.sandbox", "crossway.gateway.public-url",
            "crossway.gateway.max-assertion-lifetime", "crossway.gateway.max-timestamp-lifetime"};

    @BeforeEach
    void noEnvironment() {
        assumeTrue(System.getenv("CROSSWAY_GATEWAY_PUBLIC_URL") == null && System.getenv("CROSSWAY_SANDBOX") == null,
                "the settings are given by system properties here, so the environment must not set them");
    }

    @AfterEach
    void clear() {
        for (String p : PROPERTIES) {
            System.clearProperty(p);
        }
    }

    @Test
    void outsideTheSandboxTheGatewayRefusesToStartWithoutItsPublicUrls() {
        System.setProperty("crossway.sandbox", "false");
        assertThatThrownBy(InboundTrustSettings::fromEnvironment).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CROSSWAY_GATEWAY_PUBLIC_URL is not set").hasMessageContaining("refuses to start");
    }

    @Test
    void theSandboxDefaultsToItsOwnLocalUrls() {
        System.setProperty("crossway.sandbox", "true");
        InboundTrustSettings s = InboundTrustSettings.fromEnvironment();
        assertThat(s.publicUrls()).containsExactly("http://localhost:8080", "https://localhost:8443");
        assertThat(s.policy(GatewayEndpoint.XCPD).accepts("https://localhost:8443/gateway/xcpd")).isTrue();
        assertThat(s.policy(GatewayEndpoint.XCPD).accepts("http://evil.example/gateway/xcpd")).isFalse();
    }

    @Test
    void aCommaSeparatedListGivesEveryUrlWithTheEndpointPathOrAlone() {
        System.setProperty("crossway.gateway.public-url", " https://gw.example.org/ , https://lb.example.org");
        System.setProperty("crossway.gateway.max-assertion-lifetime", "PT1H");
        InboundTrustSettings s = InboundTrustSettings.fromEnvironment();
        assertThat(s.policy(GatewayEndpoint.XCA_QUERY).audiences()).containsExactlyInAnyOrder("https://gw.example.org",
                "https://gw.example.org/gateway/xca/query", "https://lb.example.org", "https://lb.example.org/gateway/xca/query");
        assertThat(s.maxAssertionLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(s.maxTimestampLifetime()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void malformedSettingsNameTheSetting() {
        System.setProperty("crossway.gateway.public-url", "gw.example.org");
        assertThatThrownBy(InboundTrustSettings::fromEnvironment).hasMessageContaining("CROSSWAY_GATEWAY_PUBLIC_URL")
                .hasMessageContaining("gw.example.org");
        System.setProperty("crossway.gateway.public-url", "https://gw.example.org");
        System.setProperty("crossway.gateway.max-timestamp-lifetime", "5 minutes");
        assertThatThrownBy(InboundTrustSettings::fromEnvironment).hasMessageContaining("CROSSWAY_GATEWAY_MAX_TIMESTAMP_LIFETIME");
    }
}
