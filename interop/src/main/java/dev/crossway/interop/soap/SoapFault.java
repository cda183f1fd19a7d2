package dev.crossway.interop.soap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * A SOAP 1.2 Fault: the standard code, optional application subcodes (outermost first), the
 * human-readable reason and an optional plain-text detail.
 */
public record SoapFault(Code code, List<QName> subcodes, String reason, Optional<String> detail) {

    /** The five fault codes SOAP 1.2 defines (part 1, 5.4.6). */
    public enum Code {
        VERSION_MISMATCH("VersionMismatch"), MUST_UNDERSTAND("MustUnderstand"),
        DATA_ENCODING_UNKNOWN("DataEncodingUnknown"), SENDER("Sender"), RECEIVER("Receiver");

        private final String localName;

        Code(String localName) {
            this.localName = localName;
        }

        public String localName() {
            return localName;
        }

        public static Code of(String localName) {
            for (Code c : values()) {
                if (c.localName.equals(localName)) {
                    return c;
                }
            }
            throw new SoapMessageException("unknown SOAP 1.2 fault code '" + localName + "'");
        }
    }

    public SoapFault {
        Objects.requireNonNull(code, "code");
        subcodes = List.copyOf(subcodes);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    public static SoapFault sender(String reason) {
        return new SoapFault(Code.SENDER, List.of(), reason, Optional.empty());
    }

    public static SoapFault receiver(String reason) {
        return new SoapFault(Code.RECEIVER, List.of(), reason, Optional.empty());
    }
}
