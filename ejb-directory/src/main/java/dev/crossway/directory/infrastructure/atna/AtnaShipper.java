package dev.crossway.directory.infrastructure.atna;

import dev.crossway.interop.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Ships the ATNA outbox on every node, every {@code CROSSWAY_ATNA_INTERVAL}; the rows' claims
 * keep two nodes from sending the same row. Does nothing while the export is off.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AtnaShipper {

    private static final Logger LOG = Logger.getLogger(AtnaShipper.class.getName());

    @Resource
    TimerService timers;
    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    DataSource dataSource;

    private final AtomicBoolean running = new AtomicBoolean();
    private AtnaShipping shipping;

    @PostConstruct
    void start() {
        AtnaSettings s = AtnaSettings.current();
        if (!s.enabled()) {
            return;
        }
        shipping = new AtnaShipping(dataSource, SyslogTransport.of(s), s, Clock.systemUTC(),
                Setting.value("jboss.node.name", s.hostname()));
        long every = Math.max(1_000, s.interval().toMillis());
        timers.createIntervalTimer(every, every, new TimerConfig("atna-shipping", false));
        LOG.info("ATNA export on: " + s.transport() + " to " + s.host() + ":" + s.port() + " every " + s.interval());
    }

    @Timeout
    void ship() {
        if (shipping != null && running.compareAndSet(false, true)) {
            try {
                shipping.round();
            } finally {
                running.set(false);
            }
        }
    }
}
