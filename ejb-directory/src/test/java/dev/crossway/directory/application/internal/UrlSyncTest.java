package dev.crossway.directory.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.directory.application.SyncRunView;
import dev.crossway.directory.domain.SyncRun;
import dev.crossway.directory.infrastructure.http.DirectoryHttpClient;
import dev.crossway.directory.support.TestDatabase;
import dev.crossway.testsupport.LocalFhirDirectory;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging a generated directory over real HTTP into the real database: failure, resume, deactivation. */
class UrlSyncTest {

    private final LocalSyncSteps steps = new LocalSyncSteps();
    private final DirectoryHttpClient client = LoopbackDirectory.client();

    @BeforeEach
    void empty() {
        TestDatabase.DB.emf();
        TestDatabase.clear();
    }

    private SyncRunView run(LocalFhirDirectory server, String key, int pageSize) {
        String id = steps.begin(SyncRun.fromUrl(server.baseUrl(), pageSize, Instant.now())).id();
        new UrlSync(client, steps).run(id, server.baseUrl(), key, pageSize, 0);
        return view(id);
    }

    private SyncRunView view(String id) {
        return TestDatabase.DB.inTransaction(em -> SyncRunViews.toView(em.find(SyncRun.class, id)));
    }

    @Test
    void failsWithoutTheApiKey() throws Exception {
        try (LocalFhirDirectory server = new LocalFhirDirectory(0, 10, i -> true)) {
            SyncRunView r = run(server, "wrong", 5);
            assertThat(r.status()).isEqualTo("FAILED");
            assertThat(r.errors()).singleElement().asString().contains("401");
            assertThat(TestDatabase.DB.count("organization")).isZero();
        }
    }

    @Test
    void pagesFailsMidRunResumesAndDeactivatesWhatDisappeared() throws Exception {
        try (LocalFhirDirectory server = new LocalFhirDirectory(0, 3000, i -> true)) {
            server.failOnceAt(1500);
            SyncRunView failed = run(server, LocalFhirDirectory.API_KEY, 250);

            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.pages()).isEqualTo(6);
            assertThat(failed.organizations()).isEqualTo(1500);
            assertThat(failed.errors()).singleElement().asString().contains("_start=1500").contains("503");
            assertThat(steps.nextStart(failed.id())).isEqualTo(1500);
            assertThat(TestDatabase.DB.count("organization")).isEqualTo(1500);

            steps.resume(failed.id());
            new UrlSync(client, steps).run(failed.id(), server.baseUrl(), LocalFhirDirectory.API_KEY, 250, steps.nextStart(failed.id()));
            SyncRunView done = view(failed.id());
            assertThat(done.status()).isEqualTo("COMPLETED");
            assertThat(done.pages()).isEqualTo(12);
            assertThat(done.organizations()).isEqualTo(3000);
            assertThat(done.totalExpected()).isEqualTo(3000);
            assertThat(TestDatabase.DB.count("organization")).isEqualTo(3000);
            assertThat(TestDatabase.DB.count("organization_endpoint")).isEqualTo(3000);
            assertThat(inactive()).isZero();

            server.size(2990);
            SyncRunView second = run(server, LocalFhirDirectory.API_KEY, 500);
            assertThat(second.status()).isEqualTo("COMPLETED");
            assertThat(TestDatabase.DB.count("organization")).isEqualTo(3000);
            assertThat(TestDatabase.DB.count("organization_endpoint")).isEqualTo(3000);
            assertThat(inactive()).isEqualTo(10);
        }
    }

    private static long inactive() {
        return TestDatabase.DB.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from organization where active = 0").getSingleResult()).longValue());
    }
}
