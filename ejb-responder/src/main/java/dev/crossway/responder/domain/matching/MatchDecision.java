package dev.crossway.responder.domain.matching;

import java.util.List;

/** What the index answers a patient discovery query: the XCPD response cases it can decide. */
public sealed interface MatchDecision {

    /** One or several patients, each above the match threshold. */
    record Matched(List<Score> matches) implements MatchDecision {
        public Matched {
            matches = List.copyOf(matches);
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("a match needs at least one patient");
            }
        }
    }

    /** A candidate is close but not certain: the codes of the attributes that would decide. */
    record MoreAttributesRequested(List<String> attributeCodes) implements MatchDecision {
        public MoreAttributesRequested {
            attributeCodes = List.copyOf(attributeCodes);
        }
    }

    record NoMatch() implements MatchDecision {
    }
}
