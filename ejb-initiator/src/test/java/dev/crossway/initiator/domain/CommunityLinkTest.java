package dev.crossway.initiator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long a link found by XCPD stands in for asking the community again. */
class CommunityLinkTest {

    static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");

    private static CommunityLink link() {
        return new CommunityLink("partner-a", PatientKey.ofIdentifier("1^^^&1.2&ISO"), "1.2.3", "Org",
                new PatientId("P-1", Oid.of("1.2.3.1")), AT);
    }

    @Test
    void aLinkIsReusedForThePeersTimeToLiveCappedByTheSetting() {
        CommunityLink l = link();
        l.seenAgain("Org", AT, Duration.ofHours(2), Duration.ofHours(24));
        assertThat(l.validUntil()).isEqualTo(AT.plus(Duration.ofHours(2)));
        assertThat(l.reusableAt(AT.plus(Duration.ofMinutes(119)))).isTrue();
        assertThat(l.reusableAt(AT.plus(Duration.ofHours(2)))).isFalse();

        l.seenAgain("Org", AT, Duration.ofDays(30), Duration.ofHours(24));
        assertThat(l.validUntil()).as("a peer's month is capped at our day").isEqualTo(AT.plus(Duration.ofHours(24)));
    }

    @Test
    void noTimeToLiveAZeroCapOrAnAnswerWithoutTheIdMakeItUnreusable() {
        CommunityLink l = link();
        l.seenAgain("Org", AT, null, Duration.ofHours(24));
        assertThat(l.reusableAt(AT)).as("no CorrelationTimeToLive announced").isFalse();
        l.seenAgain("Org", AT, Duration.ofHours(2), Duration.ZERO);
        assertThat(l.reusableAt(AT)).as("reuse switched off").isFalse();
        l.seenAgain("Org", AT, Duration.ofHours(2), Duration.ofHours(24));
        l.notReusable();
        assertThat(l.reusableAt(AT)).isFalse();
    }
}
