package dev.crossway.interop.saml;

import java.util.Objects;

/**
 * An HL7 CE value as SAML carries it for role and purpose of use ({@code <hl7:Role code=…
 * codeSystem=…/>}). Some partners send plain text instead; then only {@code code} is set.
 */
public record CodedValue(String code, String codeSystem, String displayName) {

    /** SNOMED CT, the code system of Carequality roles. */
    public static final String SNOMED_CT = "2.16.840.1.113883.6.96";
    /** The NHIN purpose of use code system (TREATMENT, PAYMENT, OPERATIONS, …). */
    public static final String NHIN_PURPOSE = "2.16.840.1.113883.3.18.7.1";

    public CodedValue {
        Objects.requireNonNull(code, "code");
    }

    public static CodedValue role(String snomedCode, String displayName) {
        return new CodedValue(snomedCode, SNOMED_CT, displayName);
    }

    public static CodedValue purposeOfUse(String code, String displayName) {
        return new CodedValue(code, NHIN_PURPOSE, displayName);
    }

    public static CodedValue treatment() {
        return purposeOfUse("TREATMENT", "Treatment");
    }

    /** A value that came as plain text, without code system. */
    public static CodedValue text(String text) {
        return new CodedValue(text, null, null);
    }
}
