package dev.crossway.interop.xml;

/**
 * Whitespace handling of XML text (xs:token style: trim, inner runs of whitespace to one space).
 * By hand rather than {@code replaceAll("\\s+", " ")}, which compiles a pattern on every call and
 * showed as 4% of the responding gateway's CPU (certificates and signature values are long texts);
 * a text that needs no change is returned as it is.
 */
public final class XmlText {

    private XmlText() {
    }

    /** Trimmed, with every inner run of whitespace (space, tab, CR, LF, FF, VT) made one space; "" for null. */
    public static String collapse(String s) {
        if (s == null) {
            return "";
        }
        if (isCollapsed(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                gap = out.length() > 0;
            } else {
                if (gap) {
                    out.append(' ');
                    gap = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Without any whitespace at all (base64 content split over lines); "" for null. */
    public static String strip(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * No leading or trailing white space, no white space but single spaces. Asked as a few
     * {@link String#indexOf} scans, which the JIT runs as vector instructions, rather than one loop
     * over the characters: the texts asked about most are long and already collapsed (certificates
     * and signature values, 1-2 KB each, several per message), and the loop over them was 1.2% of a
     * gateway cache hit's CPU samples (2026-12-07, docs/PERFORMANCE.md).
     */
    private static boolean isCollapsed(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0 && s.indexOf('\f') < 0
                && s.indexOf(0x0B) < 0 && !s.contains("  ");
    }

    /** The characters {@code \s} matches in a Java regular expression. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
