package dev.crossway.interop.id;

import java.util.Objects;

/**
 * An ISO object identifier such as {@code 2.16.840.1.113883.3.18}. Accepts the {@code urn:oid:}
 * prefix that many partners add and stores the bare dotted form.
 */
public final class Oid implements Comparable<Oid> {

    private static final int MAX_LENGTH = 64;

    private final String value;

    private Oid(String value) {
        this.value = value;
    }

    /** Parses an OID, with or without {@code urn:oid:}; throws {@link IllegalArgumentException} when malformed. */
    public static Oid of(String text) {
        Objects.requireNonNull(text, "OID");
        String v = strip(text);
        if (v.length() > MAX_LENGTH || !wellFormed(v)) {
            throw new IllegalArgumentException("not an OID: '" + abbreviate(text) + "'");
        }
        return new Oid(v);
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String v = strip(text);
        return v.length() <= MAX_LENGTH && wellFormed(v);
    }

    /**
     * {@code [0-2](\.(0|[1-9][0-9]*))+}, checked by hand: OIDs are read many times per gateway
     * request, and the regular expression was a measurable share of its CPU.
     */
    static boolean wellFormed(String v) {
        int n = v.length();
        if (n < 3 || v.charAt(0) < '0' || v.charAt(0) > '2') {
            return false;
        }
        int i = 1;
        while (i < n) {
            if (v.charAt(i) != '.' || i + 1 >= n) {
                return false;
            }
            int start = ++i;
            while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
                i++;
            }
            if (i == start || (v.charAt(start) == '0' && i - start > 1)) {
                return false;
            }
        }
        return true;
    }

    static String strip(String text) {
        String v = text.trim();
        if (v.regionMatches(true, 0, "urn:oid:", 0, 8)) {
            v = v.substring(8);
        }
        return v;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    public String value() {
        return value;
    }

    /** The {@code urn:oid:} form used by XCA {@code home} attributes and SAML. */
    public String urn() {
        return "urn:oid:" + value;
    }

    @Override
    public int compareTo(Oid o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Oid other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
