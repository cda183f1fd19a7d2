package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.initiator.application.Match;
import dev.crossway.initiator.application.SourceOutcome;
import java.util.List;

/** One community's XCPD answer: how it went and whom it matched. */
public record DiscoveryAnswer(SourceOutcome source, List<Match> matches) {

    public DiscoveryAnswer {
        matches = List.copyOf(matches);
    }
}
