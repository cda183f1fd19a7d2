package dev.crossway.directory.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An ordered set of short codes such as purposes of use ({@code TREATMENT}) or roles. Codes are
 * upper-cased and de-duplicated so that the same directory entry always stores the same value.
 */
public final class Codes {

    private static final Codes EMPTY = new Codes(List.of());

    private final List<String> values;

    private Codes(List<String> values) {
        this.values = values;
    }

    public static Codes of(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String r : raw) {
            if (r != null && !r.isBlank()) {
                set.add(r.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
            }
        }
        return set.isEmpty() ? EMPTY : new Codes(List.copyOf(new ArrayList<>(set)));
    }

    public static Codes empty() {
        return EMPTY;
    }

    public List<String> values() {
        return values;
    }

    public boolean contains(String code) {
        return code != null && values.contains(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Codes other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return String.join(",", values);
    }
}
