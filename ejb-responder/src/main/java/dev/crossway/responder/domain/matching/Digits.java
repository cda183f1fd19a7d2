package dev.crossway.responder.domain.matching;

/** Digit extraction for phones, ZIP codes and house numbers. */
public final class Digits {

    private Digits() {
    }

    /**
     * The ASCII digits of {@code s}, in order ("" for null): for phones, ZIP codes and house
     * numbers. By hand: {@code replaceAll("[^0-9]", "")} compiles a pattern at every call, several
     * times per gateway request.
     */
    public static String of(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder d = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        return d.length() == s.length() ? s : d.toString();
    }
}
