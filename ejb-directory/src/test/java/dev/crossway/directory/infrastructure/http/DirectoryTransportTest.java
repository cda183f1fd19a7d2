package dev.crossway.directory.infrastructure.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.crossway.interop.http.AddressPolicy;
import dev.crossway.interop.http.AllowList;
import dev.crossway.interop.http.HostResolver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Directory sync's transport rules against a real server on 127.0.0.1: redirects are not followed,
 * an oversized page is cut off, an error never carries the answer's body, and the address policy
 * refuses before any connection (names resolved by a fake resolver: nothing leaves this machine).
 */
class DirectoryTransportTest {

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger redirectedHits = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/moved/Organization", x -> {
            hits.incrementAndGet();
            x.getResponseHeaders().set("Location", base + "/target/Organization");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/target/Organization", x -> {
            redirectedHits.incrementAndGet();
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/huge/Organization", x -> {
            hits.incrementAndGet();
            byte[] chunk = new byte[64 * 1024];
            x.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
            try (var out = x.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                }
            } catch (IOException cutOff) {
                // the client closed the connection once past its bound
            }
        });
        server.createContext("/broken/Organization", x -> {
            hits.incrementAndGet();
            byte[] body = "SECRET-BODY stack trace of the directory".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(500, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static DirectoryHttpClient client(String allow, boolean sandbox, HostResolver resolver, int maxBytes) {
        return new DirectoryHttpClient(null, new AddressPolicy(AllowList.parse(allow), sandbox, resolver), maxBytes);
    }

    private DirectoryHttpClient loopback() {
        return client("127.0.0.1:" + server.getAddress().getPort(), true, HostResolver.SYSTEM, 1024 * 1024);
    }

    @Test
    void aRedirectIsNotFollowed() {
        assertThatThrownBy(() -> loopback().getPage(base + "/moved", "k", 0, 10))
                .isInstanceOf(IOException.class).hasMessageContaining("302").hasMessageContaining("not followed");
        assertThat(redirectedHits).hasValue(0);
    }

    @Test
    void anOversizedPageIsCutOff() {
        assertThatThrownBy(() -> loopback().getPage(base + "/huge", "k", 0, 10))
                .isInstanceOf(IOException.class).hasMessageContaining("larger than 1048576 bytes");
    }

    @Test
    void anErrorNamesTheStatusButNeverTheAnswersBody() {
        assertThatThrownBy(() -> loopback().getPage(base + "/broken", "k", 0, 10))
                .isInstanceOf(IOException.class).hasMessageContaining("500").hasMessageNotContaining("SECRET-BODY");
    }

    @Test
    void plainHttpIsRefusedOutsideTheSandboxBeforeAnyConnection() {
        DirectoryHttpClient production = client("127.0.0.1:" + server.getAddress().getPort(), false, HostResolver.SYSTEM, 1024);
        assertThatThrownBy(() -> production.getPage(base + "/broken", "k", 0, 10))
                .isInstanceOf(IOException.class).hasMessageStartingWith("address not allowed");
        assertThat(hits).hasValue(0);
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedUnlessAllowed() throws Exception {
        HostResolver rebinding = host -> List.of(InetAddress.getByName("127.0.0.1"));
        DirectoryHttpClient strict = client("", false, rebinding, 1024);
        assertThatThrownBy(() -> strict.getPage("https://directory.example.org/fhir", "k", 0, 10))
                .isInstanceOf(IOException.class).hasMessageStartingWith("address not allowed")
                .hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> strict.putOrganization("https://directory.example.org/fhir", "k", "1.2.3", "{}"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("address not allowed");
        assertThat(hits).hasValue(0);
    }
}
