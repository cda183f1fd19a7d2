package dev.crossway.responder.domain.identity;

import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.domain.matching.BirthDateCriterion;
import dev.crossway.responder.domain.matching.MatchQuery;
import dev.crossway.responder.domain.matching.Names;
import dev.crossway.responder.domain.matching.QueryName;
import dev.crossway.responder.domain.patient.PatientDemographics;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A block of a community's patient index on which a cached XCPD answer depends, so that a change
 * to one patient forgets only the answers that patient could change, not the community's whole
 * cache. It follows what the index reads to answer (see {@code PatientIndex}): the candidates of a
 * demographic query share one of its family name keys ({@link Names#keys}) and a birth year in its
 * range, and any candidate whose birth date disagrees outright is vetoed ({@code MatchPolicy}); a
 * query naming an identifier reads the patient holding it. So a query depends on
 * <ul>
 * <li>{@code d|<family key>|<yyyyMMdd>} for an exact birth date: only patients born that day, or on
 * the day with day and month swapped (scored 0.5, not vetoed), can change its answer;</li>
 * <li>{@code y|<family key>|<yyyy>} for each year of a partial date or a range of at most
 * {@value #MAX_YEARS} years;</li>
 * <li>{@code f|<family key>} for a wider range (any birth date with that family name);</li>
 * <li>{@code i|<CX>} for each identifier it names.</li>
 * </ul>
 * A patient touches, for each key of its family name, its birth day and the swapped day, its year
 * and the family key alone, plus each identifier it holds. Every query key a patient can influence
 * is among the patient's keys: that is the invariant {@code BlockingKeyTest} checks.
 */
public record BlockingKey(String value) implements Comparable<BlockingKey> {

    /** A birth date range spanning more years than this depends on the family name key alone. */
    public static final int MAX_YEARS = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public BlockingKey {
        Objects.requireNonNull(value, "value");
    }

    /** The blocks a query's answer depends on, in a stable order. */
    public static SortedSet<BlockingKey> of(MatchQuery query) {
        SortedSet<BlockingKey> keys = new TreeSet<>();
        Set<String> families = new LinkedHashSet<>();
        for (QueryName n : query.names()) {
            families.addAll(Names.keys(n.family()));
        }
        if (query.birthDate().isPresent()) {
            BirthDateCriterion birth = query.birthDate().get();
            for (String family : families) {
                if (birth.isExact()) {
                    keys.add(day(family, birth.low()));
                } else if (birth.high().getYear() - birth.low().getYear() < MAX_YEARS) {
                    for (int y = birth.low().getYear(); y <= birth.high().getYear(); y++) {
                        keys.add(year(family, y));
                    }
                } else {
                    keys.add(family(family));
                }
            }
        }
        for (PatientId id : query.subjectIds()) {
            keys.add(identifier(id));
        }
        return keys;
    }

    /** The blocks a patient with these demographics and identifiers belongs to. */
    public static SortedSet<BlockingKey> of(PatientDemographics patient, Collection<PatientId> identifiers) {
        SortedSet<BlockingKey> keys = new TreeSet<>();
        LocalDate born = patient.birthDate();
        for (String family : Names.keys(patient.lastName())) {
            keys.add(day(family, born));
            swapped(born).ifPresent(s -> keys.add(day(family, s)));
            keys.add(year(family, born.getYear()));
            keys.add(family(family));
        }
        for (PatientId id : identifiers) {
            keys.add(identifier(id));
        }
        return keys;
    }

    private static BlockingKey day(String family, LocalDate date) {
        return new BlockingKey("d|" + family + "|" + date.format(DAY));
    }

    private static BlockingKey year(String family, int year) {
        return new BlockingKey("y|" + family + "|" + year);
    }

    private static BlockingKey family(String family) {
        return new BlockingKey("f|" + family);
    }

    private static BlockingKey identifier(PatientId id) {
        return new BlockingKey("i|" + id.toCx());
    }

    /** The day a query would give for this birth date with day and month swapped (1970-01-05 for 1970-05-01). */
    private static Optional<LocalDate> swapped(LocalDate d) {
        if (d.getDayOfMonth() > 12 || d.getDayOfMonth() == d.getMonthValue()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(BlockingKey other) {
        return value.compareTo(other.value);
    }
}
