package dev.crossway.directory.infrastructure.atna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.directory.support.TestDatabase;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ATNA export end to end on loopback: messages for every transaction and side validate
 * against the DICOM audit message schema (dicom2017c.xsd, shipped in IPF's ipf-commons-audit);
 * the outbox in MariaDB is shipped to a syslog receiver over TLS (a certificate made by keytool)
 * and over UDP; a collector that is down loses nothing, and two nodes never send one row twice
 * while both are healthy.
 */
class AtnaExportTest {

    private static final String PASSWORD = "changeit-test";
    private static Schema schema;

    @TempDir
    static Path dir;
    private static Path[] stores;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));

    @BeforeAll
    static void setUp() throws Exception {
        TestDatabase.DB.emf();
        URL xsd = AtnaExportTest.class.getClassLoader().getResource("dicom2017c.xsd");
        assertThat(xsd).as("IPF's dicom2017c.xsd on the test classpath").isNotNull();
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        stores = SyslogReceiver.certificate(dir, PASSWORD);
    }

    @BeforeEach
    void emptyOutbox() throws SQLException {
        try (Connection c = TestDatabase.DB.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from atna_outbox");
        }
    }

    @Test
    void everyTransactionOnBothSidesWritesAMessageTheDicomSchemaAccepts() throws Exception {
        for (AtnaEvent.Side side : AtnaEvent.Side.values()) {
            for (String tx : List.of("ITI-55", "ITI-38", "ITI-39")) {
                String xml = AtnaMessages.xml(event(side, tx, "<&\"odd\" detail>"), settings(false, 1));
                schema.newValidator().validate(new StreamSource(new StringReader(xml)));
                String expected = !"ITI-39".equals(tx) ? "csd-code=\"110112\"" : side == AtnaEvent.Side.INITIATOR
                        ? "csd-code=\"110107\"" : "csd-code=\"110106\"";
                assertThat(xml).as(side + " " + tx).contains(expected).contains("csd-code=\"" + tx + "\"")
                        .contains("ParticipantObjectID=\"4711^^^&amp;1.2.3&amp;ISO\"");
            }
        }
    }

    @Test
    void theSyslogFrameIsRfc5424WithTheIheMessageId() {
        String m = new String(SyslogMessage.of(Instant.parse("2026-12-05T10:00:00.123456Z"), "node 1", "crossway", "<x/>"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(m).matches("<85>1 2026-12-05T10:00:00\\.123Z node1 crossway \\d+ IHE\\+RFC-3881 - \uFEFF<x/>");
        assertThat(new String(SyslogMessage.octetCounted("abc".getBytes()))).isEqualTo("3 abc");
    }

    @Test
    void aCollectorThatIsDownForAWhileLosesNothingAndGetsEveryMessageOnce() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // free, and nobody listens there until the receiver starts
        }
        AtnaSettings settings = settings(true, port);
        List<String> sent = enqueue(25);
        AtnaShipping shipping = new AtnaShipping(TestDatabase.DB.dataSource(), SyslogTransport.of(settings), settings, clock, "node1");

        assertThat(shipping.round()).as("collector down").isZero();
        assertThat(waiting()).isEqualTo(25);
        assertThat(shipping.round()).as("backing off: not due yet, not tried").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(shipping.round()).as("still down").isZero();
        assertThat(attempts()).as("the oldest batch, tried twice; a failed round stops there").isEqualTo(2);

        try (SyslogReceiver receiver = SyslogReceiver.tls(port, stores[0], PASSWORD)) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(shipping.round()).isEqualTo(25);
            assertThat(waiting()).isZero();
            assertThat(receiver.messages).hasSize(25);
            assertThat(receiver.messages.stream().map(SyslogReceiver::xml).toList()).containsExactlyElementsOf(sent);
            for (String m : receiver.messages) {
                assertThat(m).startsWith("<85>1 ");
                schema.newValidator().validate(new StreamSource(new StringReader(SyslogReceiver.xml(m))));
            }
        }
    }

    @Test
    void aCollectorWhoseCertificateIsNotTrustedGetsNothingAndTheMessagesStay() throws Exception {
        try (SyslogReceiver receiver = SyslogReceiver.tls(0, stores[0], PASSWORD)) {
            AtnaSettings untrusting = new AtnaSettings(true, AtnaSettings.Transport.TLS, "localhost", receiver.port(), null, null,
                    null, null, "crossway@test", "site", "test-host", "crossway", 10, Duration.ofSeconds(5),
                    Duration.ofMinutes(5), Duration.ofSeconds(2));
            enqueue(3);
            new AtnaShipping(TestDatabase.DB.dataSource(), SyslogTransport.of(untrusting), untrusting, clock, "n").round();
            assertThat(receiver.messages).isEmpty();
            assertThat(waiting()).isEqualTo(3);
        }
    }

    @Test
    void twoNodesShippingAtOnceSendEachRowOnce() throws Exception {
        try (SyslogReceiver receiver = SyslogReceiver.tls(0, stores[0], PASSWORD)) {
            AtnaSettings settings = settings(true, receiver.port());
            List<String> sent = enqueue(200);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> rounds = new ArrayList<>();
                for (String node : List.of("node1", "node2")) {
                    AtnaShipping s = new AtnaShipping(TestDatabase.DB.dataSource(), SyslogTransport.of(settings),
                            new AtnaSettings(true, settings.transport(), settings.host(), settings.port(), settings.trustStore(),
                                    settings.trustStorePassword(), null, null, "src", null, node, "crossway", 7,
                                    settings.interval(), settings.maxBackoff(), settings.connectTimeout()), clock, node);
                    rounds.add(s::round);
                }
                int total = 0;
                for (Future<Integer> f : nodes.invokeAll(rounds)) {
                    total += f.get();
                }
                assertThat(total).isEqualTo(200);
            } finally {
                nodes.shutdownNow();
            }
            assertThat(receiver.messages.stream().map(SyslogReceiver::xml).collect(Collectors.toSet()))
                    .hasSize(200).containsExactlyInAnyOrderElementsOf(sent);
            assertThat(receiver.messages).hasSize(200);
        }
    }

    @Test
    void overUdpEachMessageIsOneDatagram() throws Exception {
        try (SyslogReceiver receiver = SyslogReceiver.udp()) {
            AtnaSettings settings = new AtnaSettings(true, AtnaSettings.Transport.UDP, "127.0.0.1", receiver.port(), null, null,
                    null, null, "crossway@test", null, "test-host", "crossway", 10, Duration.ofSeconds(5), Duration.ofMinutes(5),
                    Duration.ofSeconds(2));
            List<String> sent = enqueue(5);
            assertThat(new AtnaShipping(TestDatabase.DB.dataSource(), SyslogTransport.of(settings), settings, clock, "n").round())
                    .isEqualTo(5);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (receiver.messages.size() < 5 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(receiver.messages.stream().map(SyslogReceiver::xml).toList()).containsExactlyInAnyOrderElementsOf(sent);
        }
    }

    @Test
    void settingsHaveDefaultsAndAnEnabledExportNeedsACollector() {
        Function<String, String> none = k -> null;
        assertThat(AtnaSettings.read(none).enabled()).isFalse();
        Map<String, String> udp = Map.of("crossway.atna.enabled", "true", "crossway.atna.host", "siem.example",
                "crossway.atna.transport", "udp");
        AtnaSettings s = AtnaSettings.read(udp::get);
        assertThat(s.transport()).isEqualTo(AtnaSettings.Transport.UDP);
        assertThat(s.port()).isEqualTo(514);
        Map<String, String> port = new java.util.HashMap<>(udp);
        port.put("crossway.atna.port", "7514");
        assertThat(AtnaSettings.read(port::get).port()).isEqualTo(7514);
        assertThatThrownBy(() -> AtnaSettings.read(Map.of("crossway.atna.enabled", "true")::get))
                .hasMessageContaining("CROSSWAY_ATNA_HOST");
        assertThat(AtnaOutbox.backoff(0, Duration.ofSeconds(5), Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(AtnaOutbox.backoff(3, Duration.ofSeconds(5), Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(40));
        assertThat(AtnaOutbox.backoff(30, Duration.ofSeconds(5), Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
    }

    private List<String> enqueue(int n) throws SQLException {
        List<String> xml = IntStream.range(0, n).mapToObj(i -> AtnaMessages.xml(
                event(i % 2 == 0 ? AtnaEvent.Side.INITIATOR : AtnaEvent.Side.RESPONDER, "ITI-55", "message " + i),
                settings(false, 1))).toList();
        try (Connection c = TestDatabase.DB.dataSource().getConnection()) {
            AtnaOutbox.enqueue(c, clock.instant(), xml);
        }
        return xml;
    }

    private static long waiting() throws SQLException {
        try (Connection c = TestDatabase.DB.dataSource().getConnection()) {
            return AtnaOutbox.waiting(c);
        }
    }

    private static int attempts() throws SQLException {
        try (Connection c = TestDatabase.DB.dataSource().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select max(attempts) from atna_outbox")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static AtnaSettings settings(boolean enabled, int port) {
        return new AtnaSettings(enabled, AtnaSettings.Transport.TLS, "localhost", port, stores == null ? null : stores[1],
                PASSWORD, null, null, "crossway@test", "Test Hospital", "test-host", "crossway", 10, Duration.ofSeconds(5),
                Duration.ofMinutes(5), Duration.ofSeconds(2));
    }

    private static AtnaEvent event(AtnaEvent.Side side, String tx, String detail) {
        return new AtnaEvent(side, tx, Instant.parse("2026-12-05T10:00:00.123Z"), AtnaEvent.Outcome.SUCCESS, detail, "TREATMENT",
                new AtnaEvent.Participant("2.16.840.1.113883.3.9999.1", "Requesting Org", "192.0.2.10"),
                new AtnaEvent.Participant("2.16.840.1.113883.3.9999.2", null, null),
                new AtnaEvent.Participant("dr.who", "Dr Who", null), "112247003", List.of("4711^^^&1.2.3&ISO"),
                "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d", "2.16.840.1.113883.3.9999.2",
                "ITI-39".equals(tx) ? List.of("1.2.3.4.5", "1.2.3.4.6") : List.of());
    }

    /** A clock the test moves, to step past the outbox's backoff without waiting for it. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public Instant instant() { return now; }
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    }

}
