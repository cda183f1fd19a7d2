package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.infrastructure.webhook.DeliveryRound;
import dev.crossway.interop.config.Setting;
import dev.crossway.initiator.infrastructure.webhook.WebhookSettings;
import dev.crossway.interop.http.HttpPost;
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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Delivers the webhook outbox on every node: every {@code crossway.webhooks.interval}, and at once
 * when an event or a resend has just been committed ({@link #wake()}). The deliveries' claims keep
 * two nodes from sending the same delivery; a round already running on this node is not doubled.
 */
@Singleton
@Startup
@DependsOn("InitiatorSchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Resource
    TimerService timers;
    @Resource
    ManagedExecutorService executor;
    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    DataSource dataSource;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private WebhookSettings settings;
    private DeliveryRound round;

    @PostConstruct
    void start() {
        settings = WebhookConfig.read(InitiatorSettings.system());
        HttpPost http = HttpPost.fromEnvironment(executor, settings.timeout());
        round = new DeliveryRound(dataSource, http, settings, Clock.systemUTC(),
                Setting.value("jboss.node.name", "node"));
        long every = Math.max(500, settings.interval().toMillis());
        timers.createIntervalTimer(every, every, new TimerConfig("webhook-delivery", false));
        LOG.info("webhook delivery every " + settings.interval() + ", " + settings.backoff().maxAttempts()
                + " attempts from " + settings.backoff().base());
    }

    public WebhookSettings settings() {
        return settings;
    }

    @Timeout
    void tick() {
        deliver();
    }

    /** Starts a round soon on the managed executor (after a commit that made something due). */
    public void wake() {
        executor.execute(this::deliver);
    }

    private void deliver() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            again.set(false);
            try {
                round.run();
            } finally {
                running.set(false);
            }
        }
    }
}
