package dev.crossway.responder.domain.matching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The birth date a query asks for: an exact day, a partial date (a year, or a year and month,
 * meaning "some day within it"), or a range. Exact agreement is strong evidence; a partial or
 * range agreement is weaker, because many people share a birth year.
 */
public record BirthDateCriterion(Kind kind, LocalDate low, LocalDate high) {

    public enum Kind { DAY, MONTH, YEAR, RANGE }

    public BirthDateCriterion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (high.isBefore(low)) {
            throw new IllegalArgumentException("birth date range ends before it starts");
        }
    }

    public static BirthDateCriterion day(LocalDate date) {
        return new BirthDateCriterion(Kind.DAY, date, date);
    }

    public static BirthDateCriterion month(YearMonth month) {
        return new BirthDateCriterion(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static BirthDateCriterion year(int year) {
        return new BirthDateCriterion(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static BirthDateCriterion range(LocalDate low, LocalDate high) {
        return new BirthDateCriterion(Kind.RANGE, low, high);
    }

    public boolean isExact() {
        return kind == Kind.DAY;
    }

    /** 1 for the same day, less for agreement with a partial date or range, 0.5 for day and month swapped. */
    public double score(LocalDate birthDate) {
        if (birthDate == null) {
            return 0;
        }
        boolean within = !birthDate.isBefore(low) && !birthDate.isAfter(high);
        return switch (kind) {
            case DAY -> within ? 1.0 : swapped(birthDate) ? 0.5 : 0;
            case MONTH -> within ? 0.85 : 0;
            case YEAR, RANGE -> within ? 0.7 : 0;
        };
    }

    private boolean swapped(LocalDate d) {
        return d.getYear() == low.getYear() && d.getMonthValue() == low.getDayOfMonth()
                && d.getDayOfMonth() == low.getMonthValue();
    }
}
