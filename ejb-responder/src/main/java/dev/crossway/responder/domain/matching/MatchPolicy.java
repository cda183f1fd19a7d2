package dev.crossway.responder.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns candidate scores into a decision. A candidate whose family name or birth date disagrees
 * outright is never the person. A match needs a score at or above {@code matchThreshold} and enough
 * evidence: family and given name agreeing (not a mere initial), the exact birth date, plus at
 * least one of gender, address or phone compared. Below that, a score at or above {@code greyThreshold} asks the
 * initiator for the attributes it did not send that would decide (gender, address, telecom); if it
 * sent them all already, there is nothing to ask and the answer is no match. Disclosing the wrong
 * patient is worse than missing one, hence the high threshold.
 */
public record MatchPolicy(double matchThreshold, double greyThreshold) {

    public static final MatchPolicy DEFAULT = new MatchPolicy(0.9, 0.7);

    private static final Set<Attribute> DECIDING = EnumSet.of(Attribute.GENDER, Attribute.ADDRESS, Attribute.PHONE);

    public MatchPolicy {
        if (!(0 < greyThreshold && greyThreshold <= matchThreshold && matchThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < grey <= match <= 1");
        }
    }

    public MatchDecision decide(MatchQuery query, List<MatchSubject> candidates) {
        List<Score> matches = new ArrayList<>();
        boolean grey = false;
        for (MatchSubject candidate : candidates) {
            Score score = MatchScorer.score(query, candidate);
            if (vetoed(score)) {
                continue;
            }
            double v = score.value() + 1e-9; // weights are decimal fractions: 0.9 may add up to 0.8999...
            if (v >= matchThreshold && conclusive(query, score)) {
                matches.add(score);
            } else if (v >= greyThreshold) {
                grey = true;
            }
        }
        if (!matches.isEmpty()) {
            matches.sort(Comparator.comparingDouble(Score::value).reversed());
            return new MatchDecision.Matched(matches);
        }
        if (grey) {
            Set<String> codes = new LinkedHashSet<>();
            for (Attribute a : DECIDING) {
                if (!query.has(a)) {
                    a.requestCode().ifPresent(codes::add);
                }
            }
            if (!codes.isEmpty()) {
                return new MatchDecision.MoreAttributesRequested(List.copyOf(codes));
            }
        }
        return new MatchDecision.NoMatch();
    }

    private static boolean vetoed(Score score) {
        return score.parts().getOrDefault(Attribute.FAMILY, 1.0) == 0 || score.parts().getOrDefault(Attribute.BIRTH, 1.0) == 0;
    }

    private static boolean conclusive(MatchQuery query, Score score) {
        Set<Attribute> compared = score.compared();
        return score.parts().getOrDefault(Attribute.FAMILY, 0.0) >= 0.75
                && score.parts().getOrDefault(Attribute.GIVEN, 0.0) >= 0.75
                && score.parts().getOrDefault(Attribute.BIRTH, 0.0) == 1.0
                && query.birthDate().map(BirthDateCriterion::isExact).orElse(false)
                && compared.stream().anyMatch(DECIDING::contains);
    }
}
