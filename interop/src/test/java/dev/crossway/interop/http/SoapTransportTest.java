package dev.crossway.interop.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.tls.ClientTls;
import dev.crossway.interop.tls.KeyStoreFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real mutual TLS handshakes on 127.0.0.1 between {@link SoapTransport} and a JDK HTTPS server that
 * requires a client certificate from the network's CA: the trusted client gets its SOAP answer; a
 * server whose certificate is untrusted, or issued to another name, is refused by the client; the
 * server refuses a client without a certificate or with one from another CA; an address the policy
 * refuses is never connected to.
 */
class SoapTransportTest {

    private static final String SOAP = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>"
            + "<ok xmlns=\"urn:test\"/></env:Body></env:Envelope>";

    @TempDir
    static Path dir;
    static SigningCredential networkCa;
    static KeyStoreFile networkTrust;
    static KeyStoreFile ourClient;
    static KeyStoreFile rogueClient;
    static KeyStoreFile localhostServer;
    static KeyStoreFile otherNameServer;
    static KeyStoreFile rogueTrust;

    private HttpsServer server;
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicReference<String> clientSubject = new AtomicReference<>();

    @BeforeAll
    static void certificates() throws Exception {
        networkCa = TlsFixtures.ca("Test network CA");
        SigningCredential rogueCa = TlsFixtures.ca("Rogue CA");
        networkTrust = TlsFixtures.trust(dir, "trust.p12", networkCa.certificate());
        rogueTrust = TlsFixtures.trust(dir, "rogue-trust.p12", rogueCa.certificate());
        ourClient = TlsFixtures.identity(dir, "client.p12", TlsFixtures.leaf(networkCa, "Our initiating gateway"));
        rogueClient = TlsFixtures.identity(dir, "rogue-client.p12", TlsFixtures.leaf(rogueCa, "Rogue gateway"));
        localhostServer = TlsFixtures.identity(dir, "server.p12", TlsFixtures.leaf(networkCa, "localhost"));
        otherNameServer = TlsFixtures.identity(dir, "other.p12", TlsFixtures.leaf(networkCa, "partner.example.org"));
    }

    private String start(KeyStoreFile identity) throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(new ClientTls(Optional.of(identity), Optional.of(networkTrust)).context()) {
            @Override
            public void configure(HttpsParameters params) {
                var p = getSSLContext().getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        server.createContext("/gateway/xcpd", x -> {
            try (x) {
                try {
                    clientSubject.set(((HttpsExchange) x).getSSLSession().getPeerPrincipal().getName());
                } catch (SSLPeerUnverifiedException e) {
                    clientSubject.set(null);
                }
                x.getRequestBody().readAllBytes();
                answered.incrementAndGet();
                byte[] body = SOAP.getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().set("Content-Type", "application/soap+xml; charset=UTF-8");
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
            }
        });
        server.start();
        return "https://localhost:" + server.getAddress().getPort() + "/gateway/xcpd";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static SoapTransport client(Optional<KeyStoreFile> identity, KeyStoreFile trust, String allow) {
        return new SoapTransport(null, Duration.ofSeconds(5), 1024 * 1024, new ClientTls(identity, Optional.of(trust)),
                new AddressPolicy(AllowList.parse(allow), false, HostResolver.SYSTEM));
    }

    private static SoapExchange call(SoapTransport t, String url) {
        return t.send(url, new SoapRequest("application/soap+xml; charset=UTF-8", SOAP.getBytes(StandardCharsets.UTF_8)),
                Duration.ofSeconds(10)).join();
    }

    private static String allow(String url) {
        return "localhost:" + java.net.URI.create(url).getPort();
    }

    @Test
    void aTrustedClientReachesATrustedServerOverMutualTls() throws Exception {
        String url = start(localhostServer);
        SoapExchange r = call(client(Optional.of(ourClient), networkTrust, allow(url)), url);
        assertThat(r).isInstanceOf(SoapExchange.Answered.class);
        assertThat(answered).hasValue(1);
        assertThat(clientSubject.get()).isEqualTo("CN=Our initiating gateway");
    }

    @Test
    void theServerRefusesAClientWithoutACertificate() throws Exception {
        String url = start(localhostServer);
        SoapExchange r = call(client(Optional.empty(), networkTrust, allow(url)), url);
        assertThat(r).isInstanceOf(SoapExchange.Failed.class);
        assertThat(((SoapExchange.Failed) r).failure()).isIn(SoapExchange.Failure.TLS, SoapExchange.Failure.NETWORK);
        assertThat(answered).hasValue(0);
    }

    @Test
    void theServerRefusesAClientCertificateFromAnotherCa() throws Exception {
        String url = start(localhostServer);
        SoapExchange r = call(client(Optional.of(rogueClient), networkTrust, allow(url)), url);
        assertThat(r).isInstanceOf(SoapExchange.Failed.class);
        assertThat(answered).hasValue(0);
    }

    @Test
    void theClientRefusesAServerItsCasDoNotVouchFor() throws Exception {
        String url = start(localhostServer);
        SoapExchange r = call(client(Optional.of(ourClient), rogueTrust, allow(url)), url);
        assertThat(r).isInstanceOf(SoapExchange.Failed.class);
        assertThat(((SoapExchange.Failed) r).failure()).isEqualTo(SoapExchange.Failure.TLS);
        assertThat(((SoapExchange.Failed) r).retryable()).isFalse();
        assertThat(answered).hasValue(0);
    }

    @Test
    void theClientRefusesAServerCertificateIssuedToAnotherName() throws Exception {
        String url = start(otherNameServer);
        SoapExchange r = call(client(Optional.of(ourClient), networkTrust, allow(url)), url);
        assertThat(r).isInstanceOf(SoapExchange.Failed.class);
        assertThat(((SoapExchange.Failed) r).failure()).isEqualTo(SoapExchange.Failure.TLS);
        assertThat(answered).hasValue(0);
    }

    @Test
    void aRefusedAddressIsNeverConnectedTo() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "https://localhost:" + listener.getLocalPort() + "/gateway/xcpd";
            SoapExchange r = call(client(Optional.of(ourClient), networkTrust, ""), url);
            assertThat(r).isInstanceOf(SoapExchange.Failed.class);
            assertThat(((SoapExchange.Failed) r).failure()).isEqualTo(SoapExchange.Failure.ADDRESS_NOT_ALLOWED);
            assertThat(((SoapExchange.Failed) r).message()).startsWith("address not allowed");
            assertThat(((SoapExchange.Failed) r).retryable()).isFalse();
            listener.setSoTimeout(300);
            assertThatThrownBy(listener::accept).as("no connection was made").isInstanceOf(SocketTimeoutException.class);
        }
    }
}
