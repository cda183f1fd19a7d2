package dev.crossway.web.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void aCallersPlainIdIsKeptAndAnythingThatCouldForgeALogLineIsReplaced() {
        assertThat(RequestLog.accepted("acme-ehr:call-0001")).isEqualTo("acme-ehr:call-0001");
        for (String bad : new String[] {null, "", "short", "x\nINFO forged line", "a b c d e f g h", "x".repeat(65)}) {
            assertThat(RequestLog.accepted(bad)).as(String.valueOf(bad)).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void eachGatewayPathIsItsTransaction() {
        assertThat(GatewayTransactions.of("/gateway/xcpd")).isEqualTo("ITI-55");
        assertThat(GatewayTransactions.of("/gateway/xca/query")).isEqualTo("ITI-38");
        assertThat(GatewayTransactions.of("/gateway/xca/retrieve")).isEqualTo("ITI-39");
        assertThat(GatewayTransactions.of("/gateway/anything")).isEqualTo("none");
    }
}
