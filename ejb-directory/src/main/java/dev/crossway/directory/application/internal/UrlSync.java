package dev.crossway.directory.application.internal;

import dev.crossway.directory.infrastructure.fhir.BundleReader;
import dev.crossway.directory.infrastructure.fhir.DirectoryPage;
import dev.crossway.directory.infrastructure.http.DirectoryHttpClient;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pages a directory from a {@code _start} offset to the end: {@code Bundle.total} when the
 * directory gives it, otherwise until an empty page or a page without a {@code next} link. Each
 * page is stored in its own transaction and moves the run's resume offset past it; any failure
 * (network, HTTP status, unreadable page, database) ends the run FAILED with that offset kept.
 * A complete run then deactivates what it did not see.
 */
final class UrlSync {

    private static final Logger LOG = Logger.getLogger(UrlSync.class.getName());

    private final DirectoryHttpClient client;
    private final BundleReader reader = new BundleReader();
    private final SyncSteps steps;

    UrlSync(DirectoryHttpClient client, SyncSteps steps) {
        this.client = client;
        this.steps = steps;
    }

    void run(String runId, String baseUrl, String apiKey, int pageSize, int start) {
        int offset = start;
        try {
            while (true) {
                DirectoryHttpClient.Response r = client.getPage(baseUrl, apiKey, offset, pageSize);
                DirectoryPage page = reader.read(reader.parse(r.body(), r.contentType()));
                if (page.organizations() == 0) {
                    break;
                }
                int next = offset + page.organizations();
                steps.storePage(runId, page, next);
                offset = next;
                boolean more = page.total() != null ? next < page.total() : page.hasNext();
                if (!more) {
                    break;
                }
            }
            steps.complete(runId, true);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "directory sync " + runId + " failed at _start=" + offset, e);
            steps.fail(runId, "failed at _start=" + offset + ": " + e.getMessage());
        }
    }
}
