package dev.crossway.initiator.application;

import jakarta.ejb.Local;
import java.util.List;

/** Administering the per-endpoint settings that cover real partners' differences. */
@Local
public interface EndpointSettingsAdmin {

    /** Every endpoint with saved settings, by URL. */
    List<EndpointSettings> list();

    /** The settings in force for {@code url}: saved ones, else the defaults. */
    EndpointSettings settingsFor(String url);

    /**
     * Saves (insert or replace) the settings of {@code settings.url()}.
     *
     * @throws InitiatorValidationException naming the bad field ({@code url}, {@code documentsPerRetrieve}, ...)
     */
    EndpointSettings save(EndpointSettings settings);

    /** Back to the defaults. */
    void delete(String url);
}
