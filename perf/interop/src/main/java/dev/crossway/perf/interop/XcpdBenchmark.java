package dev.crossway.perf.interop;

import dev.crossway.interop.saml.VerifiedAssertion;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * ITI-55 on the responding side, step by step and whole. The signature check needs a document
 * parsed from the wire, so it is timed with its parse; {@link #parseEnvelope} gives the parse
 * alone to subtract.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class XcpdBenchmark {

    /** Hardened DOM parse of the 11 KB signed request and the SOAP/WS-Addressing checks. */
    @Benchmark
    public SoapEnvelope parseEnvelope(XcpdExchange x) {
        return SoapEnvelope.parse(x.request);
    }

    /** Parse plus reading the PRPA_IN201305UV02 payload into a query. */
    @Benchmark
    public PatientDiscoveryQuery parseQuery(XcpdExchange x) {
        return XcpdResponder.read(SoapEnvelope.parse(x.request));
    }

    /** Parse plus WS-Security: assertion and timestamp signatures, certificate chain, conditions. */
    @Benchmark
    public VerifiedAssertion parseAndVerify(XcpdExchange x) {
        return XcpdResponder.verify(SoapEnvelope.parse(x.request), x);
    }

    /** The answer to an already read query: one match, written, enveloped and serialised. */
    @Benchmark
    public byte[] respond(XcpdExchange x) {
        return XcpdResponder.respond(x.requestAddressing, x.query, x);
    }

    /** Request bytes to response bytes: parse, verify, read, answer. */
    @Benchmark
    public byte[] requestToResponse(XcpdExchange x) {
        return XcpdResponder.answer(x);
    }
}
