package dev.crossway.interop.ccda.model;

/** Telephone numbers by CDA telecom use: HP/H home, MC mobile, WP office. */
public record PhoneNumber(
        String home,
        String mobile,
        String office) {
}
