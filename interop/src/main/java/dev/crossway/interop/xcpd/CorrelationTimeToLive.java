package dev.crossway.interop.xcpd;

import dev.crossway.interop.soap.MarkupWriter;
import dev.crossway.interop.soap.SoapEnvelope;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The XCPD {@code CorrelationTimeToLive} SOAP header (Health Data Locator option): how long the
 * initiator may cache the patient correlation, as an xs:duration in days and time units.
 */
public record CorrelationTimeToLive(Duration duration) {

    public CorrelationTimeToLive {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("CorrelationTimeToLive is negative");
        }
    }

    /** The header of this envelope, if any; a malformed value is rejected. */
    public static Optional<CorrelationTimeToLive> read(SoapEnvelope envelope) {
        List<Element> headers = envelope.headerElements(Hl7v3.XCPD_NS, "CorrelationTimeToLive");
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        String text = headers.get(0).getTextContent().trim();
        try {
            return Optional.of(new CorrelationTimeToLive(Duration.parse(text)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new XcpdMessageException("CorrelationTimeToLive '" + text
                    + "' is not an xs:duration in days, hours, minutes and seconds (e.g. P7D, PT12H)", e);
        }
    }

    /** Adds this header to the envelope. */
    public Element write(SoapEnvelope envelope) {
        Element e = envelope.document().createElementNS(Hl7v3.XCPD_NS, "xcpd:CorrelationTimeToLive");
        e.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xcpd", Hl7v3.XCPD_NS);
        e.setTextContent(duration.toString());
        return envelope.addHeader(e);
    }

    /** Writes this header block as markup, the same element {@link #write(SoapEnvelope)} adds. */
    public void write(MarkupWriter out) {
        out.start("xcpd:CorrelationTimeToLive").attribute("xmlns:xcpd", Hl7v3.XCPD_NS).text(duration.toString()).end();
    }
}
