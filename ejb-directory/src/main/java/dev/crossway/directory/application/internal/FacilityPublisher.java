package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryField;
import dev.crossway.directory.application.DirectoryPublishException;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.infrastructure.fhir.OrganizationResourceWriter;
import dev.crossway.directory.infrastructure.http.DirectoryHttpClient;
import java.io.IOException;

/** Sends one own facility to the Carequality directory as a FHIR Organization. */
final class FacilityPublisher {

    private final DirectoryHttpClient client;
    private final OrganizationResourceWriter writer = new OrganizationResourceWriter();

    FacilityPublisher(DirectoryHttpClient client) {
        this.client = client;
    }

    void publish(Organization o, String baseUrl, String apiKey) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new DirectoryValidationException(DirectoryField.PUBLISH_URL, "a directory base URL is required");
        }
        FacilityFormValidator.url(baseUrl, DirectoryField.PUBLISH_URL);
        DirectoryHttpClient.Response r;
        try {
            r = client.putOrganization(baseUrl, apiKey, o.homeCommunityId().value(), writer.toJson(o));
        } catch (IOException e) {
            throw new DirectoryPublishException(0, "directory unreachable: " + e.getMessage());
        }
        if (r.status() / 100 != 2) {
            throw new DirectoryPublishException(r.status(), "directory answered " + r.status());
        }
    }
}
