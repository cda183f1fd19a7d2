package dev.crossway.interop.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The serializer's escaping: exactly the references XML needs, in text and in attribute values. */
class SoapSerializerEscapeTest {

    @Test
    void replacesExactlyTheCharactersThatNeedAReference() {
        assertThat(escaped("2.16.840.1.113883.3.9621 <&> \"x\"\t\r\n", false))
                .isEqualTo("2.16.840.1.113883.3.9621 &lt;&amp;&gt; \"x\"\t&#13;\n");
        assertThat(escaped("2.16.840.1.113883.3.9621 <&> \"x\"\t\r\n", true))
                .isEqualTo("2.16.840.1.113883.3.9621 &lt;&amp;&gt; &quot;x&quot;&#9;&#13;&#10;");
        // every character below 128, and some above, against the rule written out one character at a time
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(random.nextInt(8) == 0 ? (char) (0x3B + random.nextInt(8)) : (char) random.nextInt(random.nextBoolean() ? 128 : 0x800));
            }
            for (boolean attribute : new boolean[] {false, true}) {
                assertThat(escaped(s.toString(), attribute)).isEqualTo(oneByOne(s.toString(), attribute));
            }
        }
    }

    private static String escaped(String s, boolean attribute) {
        StringBuilder out = new StringBuilder();
        SoapSerializer.escape(s, out, attribute);
        return out.toString();
    }

    private static String oneByOne(String s, boolean attribute) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
