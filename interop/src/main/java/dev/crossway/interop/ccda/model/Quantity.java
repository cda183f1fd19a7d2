package dev.crossway.interop.ccda.model;

/** A dose: Redox's {@code {Quantity, Units}}, the value kept as written (a range as "1-2"). */
public record Quantity(
        String quantity,
        String units) {
}
