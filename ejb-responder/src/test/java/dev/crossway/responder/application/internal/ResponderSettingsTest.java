package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossway.responder.application.GatewayRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The body bound is one setting with one default, read the same by the servlet and the pipeline. */
class ResponderSettingsTest {

    @BeforeEach
    void noEnvironment() {
        assumeTrue(System.getenv("CROSSWAY_GATEWAY_MAX_BYTES") == null,
                "the setting is given by a system property here, so the environment must not set it");
    }

    @AfterEach
    void clear() {
        System.clearProperty(GatewayRequest.MAX_BYTES_SETTING);
    }

    @Test
    void unsetBothReadTheOneDefault() {
        assertThat(GatewayRequest.maxBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(ResponderSettings.fromEnvironment().maxBytes()).isEqualTo(GatewayRequest.maxBytes());
        assertThat(ResponderSettings.defaults().maxBytes()).isEqualTo(GatewayRequest.DEFAULT_MAX_BYTES);
    }

    @Test
    void setBothReadTheSetting() {
        System.setProperty("crossway.gateway.max-bytes", "123456");
        assertThat(GatewayRequest.maxBytes()).isEqualTo(123456);
        assertThat(ResponderSettings.fromEnvironment().maxBytes()).isEqualTo(123456);
    }
}
