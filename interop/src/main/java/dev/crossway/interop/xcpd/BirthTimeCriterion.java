package dev.crossway.interop.xcpd;

import java.util.Objects;
import java.util.Optional;

/**
 * The livingSubjectBirthTime query parameter: one value (exact, or partial like {@code 1970} or
 * {@code 197003}, which means "within that year/month") or a range with a low and/or high bound.
 */
public record BirthTimeCriterion(Optional<Hl7Time> value, Optional<Hl7Time> low, Optional<Hl7Time> high) {

    public BirthTimeCriterion {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (value.isPresent() == (low.isPresent() || high.isPresent())) {
            throw new IllegalArgumentException("a birth time criterion is either a value or a low/high range");
        }
    }

    public static BirthTimeCriterion of(String value) {
        return new BirthTimeCriterion(Optional.of(Hl7Time.of(value)), Optional.empty(), Optional.empty());
    }

    public static BirthTimeCriterion range(String low, String high) {
        return new BirthTimeCriterion(Optional.empty(), Optional.ofNullable(low).map(Hl7Time::of),
                Optional.ofNullable(high).map(Hl7Time::of));
    }

    public boolean isRange() {
        return value.isEmpty();
    }
}
