package dev.crossway.initiator.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void theSignatureIsTheHexHmacSha256OfTheRawBodyUnderTheSecret() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(Signature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aReceiverAcceptsTheSignatureAndRefusesAnAlteredBodyAnotherSecretOrAMalformedHeader() {
        byte[] body = "{\"EventID\":\"1\",\"Data\":{}}".getBytes(StandardCharsets.UTF_8);
        String header = Signature.of("s3cret", body);
        assertThat(Signature.verify("s3cret", body, header)).isTrue();
        assertThat(Signature.verify("s3cret", "{\"EventID\":\"2\",\"Data\":{}}".getBytes(StandardCharsets.UTF_8), header)).isFalse();
        assertThat(Signature.verify("other", body, header)).isFalse();
        assertThat(Signature.verify("s3cret", body, header.replace("sha256=", "sha1="))).isFalse();
        assertThat(Signature.verify("s3cret", body, "sha256=zz")).isFalse();
        assertThat(Signature.verify("s3cret", body, null)).isFalse();
    }

    @Test
    void secretsAreLongRandomAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String s = Signature.newSecret();
            assertThat(s).startsWith("whsec_").hasSize(6 + 43).matches("whsec_[A-Za-z0-9_-]+");
            assertThat(seen.add(s)).isTrue();
        }
    }
}
