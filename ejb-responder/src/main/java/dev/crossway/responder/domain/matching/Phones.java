package dev.crossway.responder.domain.matching;

/** Phone numbers compared by their last ten digits, whatever the punctuation or {@code tel:+1} prefix. */
public final class Phones {

    private Phones() {
    }

    public static String digits(String phone) {
        String d = Digits.of(phone);
        return d.length() > 10 ? d.substring(d.length() - 10) : d;
    }
}
