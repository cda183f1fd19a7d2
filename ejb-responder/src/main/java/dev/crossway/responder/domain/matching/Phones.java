package dev.crossway.responder.domain.matching;

/** Phone numbers compared by their last ten digits, whatever the punctuation or {@code tel:+1} prefix. */
public final class Phones {

    private Phones() {
    }

    public static String digits(String phone) {
        if (phone == null) {
            return "";
        }
        String d = only(phone);
        return d.length() > 10 ? d.substring(d.length() - 10) : d;
    }

    /**
     * The ASCII digits of {@code s}, in order ("" for null): for phones, ZIP codes and house
     * numbers. By hand: {@code replaceAll("[^0-9]", "")} compiles a pattern at every call, several
     * times per gateway request.
     */
    public static String only(String s) {
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
