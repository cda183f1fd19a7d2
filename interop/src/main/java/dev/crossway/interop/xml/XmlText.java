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

    private static boolean isCollapsed(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i == 0 || i == n - 1 || isSpace(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@code \s} matches in a Java regular expression. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
