package dev.crossway.responder.application.internal;

import dev.crossway.interop.xcpd.Address;
import dev.crossway.interop.xcpd.BirthTimeCriterion;
import dev.crossway.interop.xcpd.Gender;
import dev.crossway.interop.xcpd.Hl7Time;
import dev.crossway.interop.xcpd.QueryParameters;
import dev.crossway.interop.xcpd.Telecom;
import dev.crossway.responder.domain.matching.BirthDateCriterion;
import dev.crossway.responder.domain.matching.MatchQuery;
import dev.crossway.responder.domain.matching.QueryAddress;
import dev.crossway.responder.domain.matching.QueryName;
import dev.crossway.responder.domain.patient.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Translates the parameters of an ITI-55 query into the index's {@link MatchQuery}. */
final class MatchQueries {

    static final LocalDate EARLIEST = LocalDate.of(1850, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private MatchQueries() {
    }

    static MatchQuery from(QueryParameters p) {
        return new MatchQuery(
                p.names().stream().map(n -> new QueryName(n.given(), n.family().orElse(null))).toList(),
                p.birthTime().map(MatchQueries::birth),
                p.gender().map(MatchQueries::sex),
                p.addresses().stream().map(MatchQueries::address).toList(),
                p.telecoms().stream().map(Telecom::value).filter(v -> !v.toLowerCase().startsWith("mailto:")).toList(),
                p.subjectIds());
    }

    static BirthDateCriterion birth(BirthTimeCriterion c) {
        if (c.value().isPresent()) {
            Hl7Time t = c.value().get();
            return switch (Math.min(t.precision(), 8)) {
                case 4 -> BirthDateCriterion.year(year(t));
                case 6 -> BirthDateCriterion.month(month(t));
                default -> BirthDateCriterion.day(day(t));
            };
        }
        LocalDate low = c.low().map(MatchQueries::lowest).orElse(EARLIEST);
        LocalDate high = c.high().map(MatchQueries::highest).orElse(LATEST);
        return BirthDateCriterion.range(low, high.isBefore(low) ? low : high);
    }

    private static LocalDate lowest(Hl7Time t) {
        return t.precision() < 6 ? LocalDate.of(year(t), 1, 1) : t.precision() < 8 ? month(t).atDay(1) : day(t);
    }

    private static LocalDate highest(Hl7Time t) {
        return t.precision() < 6 ? LocalDate.of(year(t), 12, 31) : t.precision() < 8 ? month(t).atEndOfMonth() : day(t);
    }

    private static int year(Hl7Time t) {
        return Integer.parseInt(t.value().substring(0, 4));
    }

    private static YearMonth month(Hl7Time t) {
        return YearMonth.of(year(t), Integer.parseInt(t.value().substring(4, 6)));
    }

    private static LocalDate day(Hl7Time t) {
        return month(t).atDay(Integer.parseInt(t.value().substring(6, 8)));
    }

    private static Sex sex(Gender g) {
        return switch (g) {
            case M -> Sex.MALE;
            case F -> Sex.FEMALE;
            case UN -> Sex.UNKNOWN;
        };
    }

    private static QueryAddress address(Address a) {
        return new QueryAddress(a.streetLines().isEmpty() ? null : a.streetLines().get(0), a.postalCode().orElse(null));
    }

    static Optional<Gender> gender(String hl7) {
        return switch (hl7 == null ? "" : hl7) {
            case "M" -> Optional.of(Gender.M);
            case "F" -> Optional.of(Gender.F);
            default -> Optional.empty();
        };
    }
}
