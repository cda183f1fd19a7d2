package dev.crossway.web.api.dto;

import dev.crossway.initiator.application.EndpointSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How to talk to one partner endpoint (keyed by {@code Url}): documents per ITI-39 request,
 * signature algorithm ({@code RSA_SHA256}, {@code RSA_SHA1}), {@code urn:oid:} prefix, MTOM,
 * timeouts overriding the defaults, calls in flight at once.
 */
@Schema
public record EndpointSettingsDto(String url, int documentsPerRetrieve, String signatureAlgorithm, boolean urnOidPrefix,
                                  boolean mtom, Integer xcpdTimeoutSeconds, Integer queryTimeoutSeconds,
                                  Integer retrieveTimeoutSeconds, int maxConcurrency) {

    public static EndpointSettingsDto of(EndpointSettings s) {
        return new EndpointSettingsDto(s.url(), s.documentsPerRetrieve(), s.signatureAlgorithm(), s.urnOidPrefix(), s.mtom(),
                s.xcpdTimeoutSeconds(), s.queryTimeoutSeconds(), s.retrieveTimeoutSeconds(), s.maxConcurrency());
    }

    public EndpointSettings toSettings() {
        return new EndpointSettings(url, documentsPerRetrieve, signatureAlgorithm, urnOidPrefix, mtom, xcpdTimeoutSeconds,
                queryTimeoutSeconds, retrieveTimeoutSeconds, maxConcurrency);
    }
}
