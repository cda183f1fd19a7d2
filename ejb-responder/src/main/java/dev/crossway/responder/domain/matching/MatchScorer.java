package dev.crossway.responder.domain.matching;

import java.util.EnumMap;
import java.util.Map;

/** Scores a candidate against a query, attribute by attribute (see {@link Attribute} for the weights). */
public final class MatchScorer {

    private MatchScorer() {
    }

    public static Score score(MatchQuery q, MatchSubject s) {
        Map<Attribute, Double> parts = new EnumMap<>(Attribute.class);
        String family = Names.normalise(s.family());
        String given = Names.normalise(s.given());
        if (q.has(Attribute.FAMILY) && !family.isEmpty()) {
            parts.put(Attribute.FAMILY, q.names().stream().mapToDouble(n -> family(n.family(), s.family())).max().orElse(0));
        }
        if (q.has(Attribute.GIVEN) && !given.isEmpty()) {
            parts.put(Attribute.GIVEN, q.names().stream().mapToDouble(n -> given(n, s)).max().orElse(0));
        }
        if (q.birthDate().isPresent() && s.birthDate() != null) {
            parts.put(Attribute.BIRTH, q.birthDate().get().score(s.birthDate()));
        }
        if (q.sex().isPresent() && s.sex().isKnown()) {
            parts.put(Attribute.GENDER, q.sex().get() == s.sex() ? 1.0 : 0.0);
        }
        if (q.has(Attribute.ADDRESS) && (s.street() != null || s.zip() != null)) {
            parts.put(Attribute.ADDRESS, q.addresses().stream().mapToDouble(a -> address(a, s)).max().orElse(0));
        }
        if (q.has(Attribute.PHONE) && !s.phones().isEmpty()) {
            parts.put(Attribute.PHONE, q.phones().stream().anyMatch(s.phones()::contains) ? 1.0 : 0.0);
        }
        return new Score(s, parts);
    }

    /** Same name 1; one part of a compound name 0.9; a close spelling up to 0.8. */
    static double family(String asked, String held) {
        String a = Names.normalise(asked);
        String h = Names.normalise(held);
        if (a.isEmpty() || h.isEmpty()) {
            return 0;
        }
        if (a.equals(h)) {
            return 1;
        }
        if (Names.keys(held).contains(a) || Names.keys(asked).contains(h)) {
            return 0.9;
        }
        return fuzzy(a, h);
    }

    /** The first given name against the held first (or middle) name; a bare initial counts a little. */
    static double given(QueryName n, MatchSubject s) {
        String a = Names.normalise(n.firstGiven());
        String h = Names.normalise(s.given());
        if (a.isEmpty() || h.isEmpty()) {
            return 0;
        }
        if (a.equals(h)) {
            return 1;
        }
        if (Names.parts(s.given()).contains(a) || Names.parts(n.firstGiven()).contains(h)) {
            return 0.9;
        }
        if (a.length() == 1 || h.length() == 1) {
            return a.charAt(0) == h.charAt(0) ? 0.6 : 0;
        }
        String middle = Names.normalise(s.middle());
        if (!middle.isEmpty() && middle.equals(a)) {
            return 0.8;
        }
        return fuzzy(a, h);
    }

    static double address(QueryAddress a, MatchSubject s) {
        double zip = 0;
        double street = 0;
        String az = digits5(a.zip());
        String sz = digits5(s.zip());
        if (!az.isEmpty() && az.equals(sz)) {
            zip = 1;
        }
        String as = Names.normalise(a.street());
        String ss = Names.normalise(s.street());
        String an = Digits.of(a.street());
        String sn = Digits.of(s.street());
        if (!as.isEmpty() && !ss.isEmpty()) {
            street = as.equals(ss) ? 1 : Similarity.jaroWinkler(as, ss) >= 0.9 ? 0.8 : 0;
            if (!an.isEmpty() && !an.equals(sn)) {
                street = 0;
            }
        }
        return 0.5 * zip + 0.5 * street;
    }

    private static String digits5(String zip) {
        String d = Digits.of(zip);
        return d.length() >= 5 ? d.substring(0, 5) : d;
    }

    private static double fuzzy(String a, String b) {
        double jw = Similarity.jaroWinkler(a, b);
        return jw >= 0.9 ? 0.8 * jw : 0;
    }
}
