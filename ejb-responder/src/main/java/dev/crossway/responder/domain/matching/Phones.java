package dev.crossway.responder.domain.matching;

/** Phone numbers compared by their last ten digits, whatever the punctuation or {@code tel:+1} prefix. */
public final class Phones {

    private Phones() {
    }

    public static String digits(String phone) {
        if (phone == null) {
            return "";
        }
        String d = phone.replaceAll("[^0-9]", "");
        return d.length() > 10 ? d.substring(d.length() - 10) : d;
    }
}
