package dev.crossway.directory.infrastructure.atna;

import dev.crossway.interop.id.RandomUuids;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One shipping round: claim a batch, send it, delete it; again until the outbox is empty or a
 * send fails (then the batch is released with backoff and the round ends). No server types, so
 * the tests run it against MariaDB and a syslog receiver on loopback; {@link AtnaShipper} runs it
 * on a timer in the server.
 */
public final class AtnaShipping {

    private static final Logger LOG = Logger.getLogger(AtnaShipping.class.getName());

    private final DataSource dataSource;
    private final SyslogTransport transport;
    private final AtnaSettings settings;
    private final Clock clock;
    private final String node;

    public AtnaShipping(DataSource dataSource, SyslogTransport transport, AtnaSettings settings, Clock clock, String node) {
        this.dataSource = dataSource;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.node = node;
    }

    /** @return how many messages the collector took in this round */
    public int round() {
        int shipped = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            while (true) {
                String claimant = node + ":" + RandomUuids.next();
                Instant now = clock.instant();
                // a claim outlives a send that times out at every step, so no second node sends it meanwhile
                Instant until = now.plus(settings.connectTimeout().multipliedBy(4)).plus(Duration.ofSeconds(30));
                List<AtnaOutbox.Pending> batch = AtnaOutbox.claim(c, claimant, now, until, settings.batch());
                if (batch.isEmpty()) {
                    return shipped;
                }
                try {
                    transport.send(batch.stream().map(p -> SyslogMessage.of(p.createdAt(), settings.hostname(),
                            settings.appName(), p.xml())).toList());
                } catch (IOException | RuntimeException e) {
                    int attempts = batch.stream().mapToInt(AtnaOutbox.Pending::attempts).max().orElse(0);
                    Duration backoff = AtnaOutbox.backoff(attempts, settings.interval(), settings.maxBackoff());
                    AtnaOutbox.failed(c, claimant, clock.instant(), backoff, String.valueOf(e.getMessage()));
                    LOG.log(Level.WARNING, "ATNA collector " + settings.host() + ":" + settings.port() + " did not take "
                            + batch.size() + " messages (retry in " + backoff + "): " + e.getMessage());
                    return shipped;
                }
                AtnaOutbox.sent(c, claimant);
                shipped += batch.size();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "ATNA outbox unreachable: " + e.getMessage(), e);
            return shipped;
        }
    }
}
