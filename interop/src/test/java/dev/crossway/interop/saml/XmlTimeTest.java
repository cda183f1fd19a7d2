package dev.crossway.interop.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand reading of the common xs:dateTime form gives what {@code OffsetDateTime.parse} gives, or refuses as it does. */
class XmlTimeTest {

    @Test
    void theCommonFormReadsAsTheIsoParserReadsIt() {
        List<String> texts = new ArrayList<>(List.of(
                "2026-12-06T00:30:00Z", "2026-12-06T00:30:00.123Z", "2026-12-06T00:30:00.1Z",
                "2026-12-06T00:30:00.123456789Z", "2026-12-06T23:59:59.999+05:30", "2026-01-01T00:00:00-08:00",
                "2024-02-29T12:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999-18:00",
                "2026-12-06T00:30:00+00:00", "2026-12-06T00:30:00-00:30", "2026-12-06T00:30:00+18:00"));
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            texts.add(String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62),
                    random.nextInt(3) == 0 ? "" : "." + Long.toString(Math.abs(random.nextLong())).substring(0, 1 + random.nextInt(9)),
                    switch (random.nextInt(4)) {
                        case 0 -> "Z";
                        case 1 -> String.format("+%02d:%02d", random.nextInt(20), random.nextInt(61));
                        case 2 -> String.format("-%02d:%02d", random.nextInt(20), random.nextInt(61));
                        default -> String.format("+%02d:%02d", random.nextInt(19), random.nextInt(4) * 15);
                    }));
        }
        int readByHand = 0;
        for (String t : texts) {
            Instant iso = iso(t);
            if (iso != null && XmlTime.common(t) != null) {
                readByHand++;
            }
            if (iso == null) {
                assertThatThrownBy(() -> XmlTime.parse(t)).as(t).isInstanceOf(IllegalArgumentException.class);
            } else {
                assertThat(XmlTime.parse(t)).as(t).isEqualTo(iso);
            }
        }
        assertThat(readByHand).as("the fast path is taken, not only the fallback").isGreaterThan(1_000);
    }

    @Test
    void otherFormsFallBackToTheIsoParser() {
        for (String t : List.of("2026-12-06T00:30Z", "2026-12-06t00:30:00z", "2026-12-06T00:30:00+05:30:15",
                "+12026-12-06T00:30:00Z", "2026-12-06T00:30:00.Z")) {
            assertThat(XmlTime.common(t)).as(t).isNull();
            Instant iso = iso(t);
            if (iso == null) {
                assertThatThrownBy(() -> XmlTime.parse(t)).as(t).isInstanceOf(IllegalArgumentException.class);
            } else {
                assertThat(XmlTime.parse(t)).as(t).isEqualTo(iso);
            }
        }
    }

    @Test
    void malformedTextIsRefusedByEitherPath() {
        for (String t : List.of("2026-12-06T00:30:00", "2026-12-06T00:30:00.1234567890Z", "2026-13-06T00:30:00Z",
                "2026-02-30T00:30:00Z", "2026-12-06T24:00:00Z", "2026-12-06T00:30:60Z", "2026-12-06T00:30:00+19:00",
                "2026-12-06T00:30:00+05:3x", "2026-12-06T0a:30:00Z", "2026-12-06T00:30:00ZZ", "2026-12-06 00:30:00Z")) {
            assertThatThrownBy(() -> XmlTime.parse(t)).as(t).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(XmlTime.parse("  ")).isNull();
        assertThat(XmlTime.parse(" 2026-12-06T00:30:00Z\n")).isEqualTo(Instant.parse("2026-12-06T00:30:00Z"));
    }

    private static Instant iso(String t) {
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
