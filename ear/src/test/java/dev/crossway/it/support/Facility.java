package dev.crossway.it.support;

import com.sun.net.httpserver.HttpServer;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xcpd.Demographics;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.InstanceId;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import dev.crossway.interop.xcpd.PatientDiscoveryQueryReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseWriter;
import dev.crossway.interop.xcpd.PatientDiscoveryResponses;
import dev.crossway.interop.xcpd.PatientMatch;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A facility's own gateway, for a gateway-mode community: on 127.0.0.1:18089 (the loopback port the
 * test run's {@code CROSSWAY_OUTBOUND_ALLOW} opens for one), it answers every XCPD at {@code /xcpd}
 * with one match, the patient {@code atFacility}, after handing the request's bytes to the test.
 */
public final class Facility implements AutoCloseable {

    private final HttpServer server;

    private Facility(HttpServer server) {
        this.server = server;
    }

    public static Facility matching(String community, PatientId atFacility, Consumer<byte[]> requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 18089), 0);
        server.createContext("/xcpd", exchange -> {
            try (exchange) {
                byte[] request = exchange.getRequestBody().readAllBytes();
                requests.accept(request);
                SoapEnvelope in = SoapEnvelope.parse(request);
                PatientDiscoveryQuery query = PatientDiscoveryQueryReader.read(in.payload());
                PatientDiscoveryResponse answer = PatientDiscoveryResponses.matches(query,
                        InstanceId.of(community, UUID.randomUUID().toString()),
                        List.of(new PatientMatch(atFacility, List.of(), new Demographics(query.parameters().names(),
                                query.parameters().gender(), Optional.empty(), List.of(), List.of()),
                                Optional.of(HomeCommunityId.of(community)), Optional.of(97))));
                byte[] body = SoapEnvelope.create(WsAddressing.responseTo(in.addressing(), Hl7v3.ACTION_RESPONSE),
                        PatientDiscoveryResponseWriter.write(answer)).toBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/soap+xml; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
        return new Facility(server);
    }

    /** Where the facility answers XCPD. */
    public String xcpdUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xcpd";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
