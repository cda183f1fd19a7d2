package dev.crossway.responder.domain.matching;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are compared: case, accents, punctuation and spacing do not count, so that
 * "Mary-Ann O'Neil" and "MARYANN ONEIL" are the same person to the index. A compound family name
 * ("Garcia Lopez", "Garcia-Lopez") is also found by each of its parts.
 */
public final class Names {

    private Names() {
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-/,.]+");

    /** Upper-case ASCII letters only: accents stripped, everything else dropped. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        // plain ASCII decomposes to itself: the Normalizer only for a name that has anything else
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                out.append(c);
            } else if (c == 'ß') {
                out.append("SS");
            } else if (c == 'Ø') {
                out.append('O');
            } else if (c == 'Æ') {
                out.append("AE");
            } else if (c == 'Ł') {
                out.append('L');
            }
        }
        return out.toString();
    }

    /** The normalised parts of a name split at blanks, hyphens and apostrophe-free separators. */
    public static Set<String> parts(String name) {
        Set<String> parts = new LinkedHashSet<>();
        if (name != null) {
            for (String token : SEPARATORS.split(name)) {
                String n = normalise(token);
                if (n.length() >= 2) {
                    parts.add(n);
                }
            }
        }
        return parts;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The index keys of a family name: the whole normalised name and each of its parts. */
    public static Set<String> keys(String family) {
        Set<String> keys = new LinkedHashSet<>();
        String whole = normalise(family);
        if (!whole.isEmpty()) {
            keys.add(whole);
        }
        keys.addAll(parts(family));
        return keys;
    }
}
