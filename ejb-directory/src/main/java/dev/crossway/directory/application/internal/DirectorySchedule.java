package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectorySync;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/** The daily directory sync, when a directory URL is configured ({@link DirectorySettings}). */
@Singleton
public class DirectorySchedule {

    private static final Logger LOG = Logger.getLogger(DirectorySchedule.class.getName());

    @EJB
    DirectorySync sync;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "daily Carequality directory sync")
    void daily() {
        DirectorySettings.directoryUrl().ifPresent(url -> {
            LOG.info("starting the daily directory sync from " + url);
            sync.startFromUrl(url, DirectorySettings.apiKey().orElse(null), DirectorySettings.DEFAULT_PAGE_SIZE);
        });
    }
}
