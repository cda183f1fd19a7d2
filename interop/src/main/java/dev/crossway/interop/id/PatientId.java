package dev.crossway.interop.id;

import java.util.Objects;

/**
 * A patient identifier under its assigning authority, as XCPD sends it ({@code II root/extension})
 * and XCA writes it (the HL7v2 CX form {@code id^^^&authority&ISO}).
 */
public record PatientId(String value, Oid assigningAuthority) {

    public PatientId {
        Objects.requireNonNull(value, "patient id value");
        Objects.requireNonNull(assigningAuthority, "assigning authority");
        if (value.isBlank()) {
            throw new IllegalArgumentException("patient id value is blank");
        }
    }

    /** Reads the CX form {@code id^^^&1.2.3&ISO}, tolerating a missing {@code &ISO} and surrounding quotes. */
    public static PatientId fromCx(String cx) {
        Objects.requireNonNull(cx, "CX patient id");
        String s = cx.trim();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1);
        }
        int caret = s.indexOf("^^^");
        if (caret <= 0) {
            throw new IllegalArgumentException("patient id is not in CX form id^^^&authority&ISO: '" + s + "'");
        }
        String id = s.substring(0, caret);
        String authority = s.substring(caret + 3);
        if (authority.startsWith("&")) {
            authority = authority.substring(1);
        }
        int amp = authority.indexOf('&');
        if (amp >= 0) {
            authority = authority.substring(0, amp);
        }
        return new PatientId(id, Oid.of(authority));
    }

    public String toCx() {
        return value + "^^^&" + assigningAuthority.value() + "&ISO";
    }

    @Override
    public String toString() {
        return toCx();
    }
}
