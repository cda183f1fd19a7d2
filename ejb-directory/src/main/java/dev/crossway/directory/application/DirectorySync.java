package dev.crossway.directory.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Synchronising the local directory with the Carequality (Sequoia) FHIR directory. */
@Local
public interface DirectorySync {

    /**
     * Starts paging {@code {baseUrl}/Organization?_start=N&_count=pageSize} with the {@code api-key}
     * header, in the background; returns at once with the run RUNNING.
     */
    SyncRunView startFromUrl(String baseUrl, String apiKey, int pageSize);

    /**
     * Imports one uploaded FHIR Bundle (JSON or XML) in the background.
     *
     * @throws DirectoryValidationException at once when the body is not a FHIR Bundle (nothing is written)
     */
    SyncRunView importBundle(byte[] body, String contentType);

    Optional<SyncRunView> find(String id);

    /** The latest runs, newest first. */
    List<SyncRunView> recent(int max);

    /**
     * Continues a FAILED URL run from its saved {@code _start}, under the same id.
     *
     * @throws DirectoryValidationException (field {@link DirectoryField#SYNC_RUN}) when the run is unknown or not a failed URL run
     */
    SyncRunView resume(String id);
}
