package dev.crossway.interop.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void collapsesAsTheRegularExpressionDid() {
        assertThat(XmlText.collapse(null)).isEmpty();
        assertThat(XmlText.collapse("  Dr.\n\t  Test   Initiator \r\n")).isEqualTo("Dr. Test Initiator");
        String clean = "MIIC+zCCAeOgAwIBAgIG";
        assertThat(XmlText.collapse(clean)).isSameAs(clean);
        Random random = new Random(7);
        String alphabet = " \t\n\r\f\u000Bab";
        for (int i = 0; i < 100_000; i++) {
            String s = random(random, alphabet);
            assertThat(XmlText.collapse(s)).as("'%s'", s).isEqualTo(s.trim().replaceAll("\\s+", " "));
            assertThat(XmlText.strip(s)).as("'%s'", s).isEqualTo(s.replaceAll("\\s+", ""));
        }
    }

    private static String random(Random random, String alphabet) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(10);
        for (int j = 0; j < n; j++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
