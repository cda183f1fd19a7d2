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
 *
 * <p>An identifier alone is never evidence: MRNs are sequential and guessable, so an initiator that
 * walks them must not learn who each one is. A {@code livingSubjectId} under the community's own
 * authority counts only when the query's demographics confirm it ({@link #confirmsIdentifier}).
 */
public record MatchPolicy(double matchThreshold, double greyThreshold) {

    public static final MatchPolicy DEFAULT = new MatchPolicy(0.9, 0.7);

    /** A family name agrees at this part score or above: the same, one part of a compound, a very close spelling. */
    public static final double FAMILY_AGREES = 0.75;
    /** A given name agrees at this part score or above (a bare initial does not). */
    public static final double GIVEN_AGREES = 0.75;

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

    /**
     * Whether a query that names this patient's identifier also agrees with the patient on the
     * family name and the birth date, compared as demographic matching compares them: the family
     * name as well as {@link #decide} requires for a match (the same, one part of a compound name,
     * or a very close spelling), the birth date on the exact day. A partial birth date (a year, a
     * month, a range) does not confirm: demographic matching would not accept it as conclusive
     * either, and "born in 1957" plus a guessed MRN is no proof of knowing the patient. A query
     * without a family name or birth date (both are required by ITI-55) confirms nothing.
     */
    public boolean confirmsIdentifier(MatchQuery query, MatchSubject patient) {
        Score score = MatchScorer.score(query, patient);
        return score.parts().getOrDefault(Attribute.FAMILY, 0.0) >= FAMILY_AGREES
                && score.parts().getOrDefault(Attribute.BIRTH, 0.0) == 1.0
                && query.birthDate().map(BirthDateCriterion::isExact).orElse(false);
    }

    private static boolean vetoed(Score score) {
        return score.parts().getOrDefault(Attribute.FAMILY, 1.0) == 0 || score.parts().getOrDefault(Attribute.BIRTH, 1.0) == 0;
    }

    private static boolean conclusive(MatchQuery query, Score score) {
        Set<Attribute> compared = score.compared();
        return score.parts().getOrDefault(Attribute.FAMILY, 0.0) >= FAMILY_AGREES
                && score.parts().getOrDefault(Attribute.GIVEN, 0.0) >= GIVEN_AGREES
                && score.parts().getOrDefault(Attribute.BIRTH, 0.0) == 1.0
                && query.birthDate().map(BirthDateCriterion::isExact).orElse(false)
                && compared.stream().anyMatch(DECIDING::contains);
    }
}
