package dev.crossway.interop.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OidTest {

    /** The syntax the hand-written check replaces, as the reference. */
    static final Pattern REFERENCE = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

    @Test
    void acceptsWhatTheOidSyntaxAccepts() {
        for (String ok : new String[] {"2.16.840.1.113883.3.18", "1.2", "0.0", "2.25.329800735698586629295641978511506172918",
                "urn:oid:1.3.6.1.4.1.21367.13.20.1000", "  URN:OID:1.2.3  "}) {
            assertThat(Oid.isValid(ok)).as(ok).isTrue();
        }
        assertThat(Oid.of("urn:oid:1.2.840").value()).isEqualTo("1.2.840");
        for (String bad : new String[] {"", "1", "3.1", "1.", ".1", "1..2", "1.02", "1.2.", "a.b", "1.2 3", "1,2", "urn:oid:",
                "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26.27.28.29.30"}) {
            assertThat(Oid.isValid(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> Oid.of("1.02")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an OID");
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() {
        Random random = new Random(42);
        String alphabet = "0123.9.0x";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(Oid.wellFormed(s)).as("'%s'", s).isEqualTo(REFERENCE.matcher(s).matches());
        }
    }
}
