package dev.crossway.directory.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.directory.application.DirectorySync;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * The daily directory sync, when a directory URL is configured ({@link DirectorySettings}). Every
 * node of a cluster has this timer; the one that claims the day ({@link ScheduleClaims}) syncs,
 * the others skip, so the network's directory is fetched once a day, not once per node.
 */
@Singleton
public class DirectorySchedule {

    static final String JOB = "directory-sync";
    /** A day between runs, plus the hours a run of the whole Carequality directory may take. */
    static final Duration MAX_AGE = Duration.ofHours(30);
    private static final Logger LOG = Logger.getLogger(DirectorySchedule.class.getName());

    @EJB
    DirectorySync sync;
    @EJB
    ScheduleClaims claims;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "daily Carequality directory sync")
    void daily() {
        DirectorySettings.directoryUrl().ifPresent(url -> {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String node = Setting.value("jboss.node.name", "node");
            if (!claims.claim(JOB, today, node, Instant.now())) {
                LOG.info("the daily directory sync of " + today + " is run by node " + claims.holder(JOB, today));
                return;
            }
            LOG.info("starting the daily directory sync from " + url);
            sync.startFromUrl(url, DirectorySettings.apiKey().orElse(null), DirectorySettings.DEFAULT_PAGE_SIZE);
        });
    }
}
