package dev.crossway.responder.domain.matching;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How well one candidate agrees with a query: per attribute compared (present on both sides) a
 * value in [0, 1], and overall the weighted mean of those, in [0, 1].
 */
public record Score(MatchSubject subject, Map<Attribute, Double> parts) {

    public Score {
        parts = Map.copyOf(parts.isEmpty() ? new EnumMap<>(Attribute.class) : parts);
    }

    public double value() {
        double weights = 0;
        double sum = 0;
        for (Map.Entry<Attribute, Double> e : parts.entrySet()) {
            weights += e.getKey().weight();
            sum += e.getKey().weight() * e.getValue();
        }
        return weights == 0 ? 0 : sum / weights;
    }

    public Set<Attribute> compared() {
        return parts.keySet();
    }

    /** The score as XCPD's queryMatchObservation percentage. */
    public int percent() {
        return (int) Math.round(value() * 100);
    }
}
