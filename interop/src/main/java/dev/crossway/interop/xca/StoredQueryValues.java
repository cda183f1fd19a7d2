package dev.crossway.interop.xca;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The value syntax of stored-query slots: a quoted string {@code 'x'} (a quote inside doubled),
 * a list {@code ('a','b')}, or a bare number (times, counts). Anything else, in particular text
 * after a closing quote or an unterminated quote (the shape of SQL injection), is refused.
 */
public final class StoredQueryValues {

    private StoredQueryValues() {
    }

    /** The values of one {@code <Value>}: one for a string or number, several for a list. */
    public static List<String> parse(String raw, String slot) {
        String s = raw == null ? "" : raw.trim();
        if (s.isEmpty()) {
            throw new XcaMessageException(slot + ": empty value");
        }
        List<String> out = new ArrayList<>();
        if (s.charAt(0) == '(') {
            if (s.charAt(s.length() - 1) != ')') {
                throw new XcaMessageException(slot + ": list value does not end with ')'");
            }
            int i = 1;
            int end = s.length() - 1;
            while (true) {
                i = skipBlanks(s, i, end);
                i = item(s, i, end, slot, out);
                i = skipBlanks(s, i, end);
                if (i == end) {
                    return out;
                }
                if (s.charAt(i) != ',') {
                    throw new XcaMessageException(slot + ": unexpected text after a list item at position " + i);
                }
                i++;
            }
        }
        int next = item(s, 0, s.length(), slot, out);
        if (next != s.length()) {
            throw new XcaMessageException(slot + ": unexpected text after the value at position " + next);
        }
        return out;
    }

    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public static String list(List<String> values) {
        return values.stream().map(StoredQueryValues::quote).collect(Collectors.joining(",", "(", ")"));
    }

    private static int item(String s, int i, int end, String slot, List<String> out) {
        if (i >= end) {
            throw new XcaMessageException(slot + ": missing value");
        }
        if (s.charAt(i) == '\'') {
            StringBuilder v = new StringBuilder();
            int j = i + 1;
            while (true) {
                if (j >= end) {
                    throw new XcaMessageException(slot + ": unterminated quoted string");
                }
                char c = s.charAt(j);
                if (c == '\'') {
                    if (j + 1 < end && s.charAt(j + 1) == '\'') {
                        v.append('\'');
                        j += 2;
                        continue;
                    }
                    out.add(v.toString());
                    return j + 1;
                }
                v.append(c);
                j++;
            }
        }
        int j = i;
        while (j < end && (Character.isDigit(s.charAt(j)) || (j == i && s.charAt(j) == '-'))) {
            j++;
        }
        if (j == i || (j == i + 1 && s.charAt(i) == '-')) {
            throw new XcaMessageException(slot + ": value must be a quoted string, a ('...') list or a number");
        }
        out.add(s.substring(i, j));
        return j;
    }

    private static int skipBlanks(String s, int i, int end) {
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
