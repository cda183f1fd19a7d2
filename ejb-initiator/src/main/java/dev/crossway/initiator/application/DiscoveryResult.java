package dev.crossway.initiator.application;

import java.util.List;

/** What a discovery found: the matches, and one outcome per community asked (or skipped). */
public record DiscoveryResult(List<Match> matches, List<SourceOutcome> sources) {

    public DiscoveryResult {
        matches = List.copyOf(matches);
        sources = List.copyOf(sources);
    }
}
