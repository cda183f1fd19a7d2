package dev.crossway.interop.xcpd;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@code acknowledgementDetail}: type E (error), W (warning) or I (information), an optional
 * code (system 2.16.840.1.113883.5.1100 for the HL7 ones such as INTERR or NS250) and text.
 */
public record AcknowledgementDetail(String typeCode, Optional<String> code, Optional<String> codeSystem,
                                    Optional<String> text) {

    /** HL7 AcknowledgementDetailCode: the receiver does not support the processing mode (deferred). */
    public static final String UNSUPPORTED_PROCESSING_MODE = "NS250";
    public static final String INTERNAL_ERROR = "INTERR";

    public AcknowledgementDetail {
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codeSystem, "codeSystem");
        Objects.requireNonNull(text, "text");
        if (!typeCode.equals("E") && !typeCode.equals("W") && !typeCode.equals("I")) {
            throw new IllegalArgumentException("acknowledgementDetail typeCode '" + typeCode + "' is not E, W or I");
        }
    }

    public static AcknowledgementDetail error(String code, String text) {
        return new AcknowledgementDetail("E", Optional.of(code), Optional.of(Hl7v3.ACK_DETAIL_SYSTEM), Optional.ofNullable(text));
    }
}
