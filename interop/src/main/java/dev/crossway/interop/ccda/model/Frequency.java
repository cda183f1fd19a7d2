package dev.crossway.interop.ccda.model;

/** A medication's PIVL_TS period, e.g. every 12 h, or an EIVL event code such as "AC". */
public record Frequency(
        String period,
        String unit,
        String event) {
}
