package dev.crossway.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.responder.application.GatewayRequest;
import org.junit.jupiter.api.Test;

/** The servlet refuses bodies by the responder's own bound, not by a second copy of it. */
class GatewayServletTest {

    @Test
    void theTransportBoundIsTheResponders() {
        assertThat(GatewayServlet.MAX_BYTES).isEqualTo(GatewayRequest.maxBytes());
    }
}
