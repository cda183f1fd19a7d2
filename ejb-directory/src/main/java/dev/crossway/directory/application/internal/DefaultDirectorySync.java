package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryField;
import dev.crossway.directory.application.DirectorySync;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.SyncRunView;
import dev.crossway.directory.domain.SyncRun;
import dev.crossway.directory.domain.SyncRunRepository;
import dev.crossway.directory.infrastructure.fhir.BundleReader;
import dev.crossway.directory.infrastructure.fhir.DirectoryPage;
import dev.crossway.directory.infrastructure.fhir.FhirFormatException;
import dev.crossway.directory.infrastructure.http.DirectoryHttpClient;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts sync runs on the EE managed executor and answers about them. Holds no transaction
 * itself: every write is a {@link SyncSteps} call in a transaction of its own, so a run is
 * committed before its background task looks for it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultDirectorySync implements DirectorySync {

    /** API keys of URL runs started since deployment, for resume; never stored in the database. */
    private static final Map<String, String> API_KEYS = new ConcurrentHashMap<>();

    @EJB
    SyncSteps steps;
    @Inject
    SyncRunRepository runs;
    @Resource
    ManagedExecutorService executor;

    @Override
    public SyncRunView startFromUrl(String baseUrl, String apiKey, int pageSize) {
        String url = FacilityFormValidator.url(baseUrl, DirectoryField.PUBLISH_URL);
        int size = pageSize <= 0 ? DirectorySettings.DEFAULT_PAGE_SIZE : Math.min(pageSize, 1000);
        SyncRunView run = steps.begin(SyncRun.fromUrl(url, size, Instant.now()));
        if (apiKey != null) {
            API_KEYS.put(run.id(), apiKey);
        }
        submitUrlRun(run.id(), url, apiKey, size, 0);
        return run;
    }

    @Override
    public SyncRunView importBundle(byte[] body, String contentType) {
        BundleReader reader = new BundleReader();
        DirectoryPage page;
        try {
            page = reader.read(reader.parse(body, contentType));
        } catch (FhirFormatException e) {
            throw new DirectoryValidationException(DirectoryField.SYNC_BUNDLE, e.getMessage());
        }
        SyncRunView run = steps.begin(SyncRun.upload("upload (" + (body == null ? 0 : body.length) + " bytes)", Instant.now()));
        SyncSteps s = steps;
        executor.submit(() -> new UploadSync(s).run(run.id(), page));
        return run;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<SyncRunView> find(String id) {
        return runs.find(id).map(SyncRunViews::toView);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<SyncRunView> recent(int max) {
        return runs.recent(Math.min(Math.max(max, 1), 100)).stream().map(SyncRunViews::toView).toList();
    }

    @Override
    public SyncRunView resume(String id) {
        SyncRun saved = runs.find(id).orElseThrow(() -> new DirectoryValidationException(DirectoryField.SYNC_RUN, "unknown sync run " + id));
        SyncRunView run = steps.resume(id);
        String key = API_KEYS.getOrDefault(id, DirectorySettings.apiKey().orElse(null));
        submitUrlRun(id, saved.sourceUrl(), key, saved.pageSize(), steps.nextStart(id));
        return run;
    }

    private void submitUrlRun(String runId, String url, String apiKey, int pageSize, int start) {
        SyncSteps s = steps;
        DirectoryHttpClient client = new DirectoryHttpClient(executor);
        executor.submit(() -> new UrlSync(client, s).run(runId, url, apiKey, pageSize, start));
    }
}
