package dev.crossway.perf.interop;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xca.AdhocQueryRequest;
import dev.crossway.interop.xca.AdhocQueryRequestReader;
import dev.crossway.interop.xca.AdhocQueryResponse;
import dev.crossway.interop.xca.AdhocQueryResponseReader;
import dev.crossway.interop.xca.AdhocQueryResponseWriter;
import dev.crossway.interop.xca.DocumentEntry;
import dev.crossway.interop.xca.EbXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ITI-38 on the responding side: reading the NIST FindDocuments query, and answering with ten
 * DocumentEntries carrying the full metadata of the NIST response (codes, authors, slots).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class XcaBenchmark {

    private static final int ENTRIES = 10;

    private byte[] request;
    private WsAddressing requestAddressing;
    private AdhocQueryResponse response;

    @Setup
    public void prepare() {
        request = SharedSamples.read("ihe/nist-iheos-toolkit2/iti38_xcq_request.soap.xml");
        SoapEnvelope received = SoapEnvelope.parse(request);
        requestAddressing = received.addressing();
        AdhocQueryRequestReader.read(received.payload());
        DocumentEntry d = AdhocQueryResponseReader.read(SoapEnvelope.parse(
                SharedSamples.read("ihe/nist-iheos-toolkit2/iti38_xcq_response.soap.xml")).payload()).documents().get(0);
        List<DocumentEntry> entries = IntStream.range(0, ENTRIES).mapToObj(i -> new DocumentEntry(
                "urn:uuid:" + UUID.nameUUIDFromBytes(("entry-" + i).getBytes(StandardCharsets.UTF_8)),
                new DocumentUniqueId(d.uniqueId().value() + i), d.patientId(), d.home(), d.status(), d.mimeType(), d.objectType(),
                d.title(), d.description(), d.slots(), d.codes(), d.authors())).toList();
        response = AdhocQueryResponse.success(entries);
        writeResponse();
    }

    @Benchmark
    public AdhocQueryRequest parseQuery() {
        return AdhocQueryRequestReader.read(SoapEnvelope.parse(request).payload());
    }

    @Benchmark
    public byte[] writeResponse() {
        // around, not create: the answer is built for this message, as the server's SoapReplies does
        return SoapEnvelope.around(WsAddressing.responseTo(requestAddressing, EbXml.ACTION_QUERY_RESPONSE),
                AdhocQueryResponseWriter.write(response)).toBytes();
    }
}
