package dev.crossway.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatchGatewayTest {

    @Test
    void aLongOidIsShortenedInTheMiddleAndAShortOneKept() {
        WatchGateway dashboard = new WatchGateway();
        assertThat(dashboard.shortened("2.16.840.1.113883.3.9999.99")).isEqualTo("2.16.840.1.1…83.3.9999.99")
                .hasSize(WatchGateway.SHORT - 1);
        assertThat(dashboard.shortened("1.2.3.4.5.1000")).isEqualTo("1.2.3.4.5.1000");
        assertThat(dashboard.shortened(null)).isNull();
    }

    @Test
    void aRateOfNothingIsADashNotADivisionByZero() {
        assertThat(WatchGateway.percent(3, 200)).isEqualTo("1.5%");
        assertThat(WatchGateway.percent(0, 0)).isEqualTo("–");
    }
}
