package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.EndpointSettings;
import dev.crossway.initiator.application.EndpointSettingsAdmin;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.domain.EndpointProfile;
import dev.crossway.initiator.domain.PartnerEndpoint;
import dev.crossway.initiator.infrastructure.persistence.JpaInitiatorRepository;
import dev.crossway.interop.saml.SignatureAlgorithm;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Per-endpoint settings: saved in {@code endpoint_settings}, cached by the outbound gateway. */
@Stateless
public class DefaultEndpointSettingsAdmin implements EndpointSettingsAdmin {

    @PersistenceContext(unitName = "initiator")
    EntityManager em;
    @EJB
    OutboundGateway outbound;

    @Override
    public List<EndpointSettings> list() {
        return new JpaInitiatorRepository(em).endpoints().stream().map(e -> settings(e.profile())).toList();
    }

    @Override
    public EndpointSettings settingsFor(String url) {
        return new JpaInitiatorRepository(em).endpoint(url).map(e -> settings(e.profile())).orElse(EndpointSettings.defaults(url));
    }

    @Override
    public EndpointSettings save(EndpointSettings s) {
        EndpointProfile p = profile(s);
        JpaInitiatorRepository repo = new JpaInitiatorRepository(em);
        PartnerEndpoint e = repo.endpoint(p.url()).orElseGet(() -> new PartnerEndpoint(p.url()));
        e.update(p, Instant.now());
        repo.saveEndpoint(e);
        em.flush();
        outbound.reload();
        return settings(e.profile());
    }

    @Override
    public void delete(String url) {
        new JpaInitiatorRepository(em).deleteEndpoint(url);
        em.flush();
        outbound.reload();
    }

    static EndpointProfile profile(EndpointSettings s) {
        if (s == null || s.url() == null || !(s.url().startsWith("http://") || s.url().startsWith("https://"))) {
            throw new InitiatorValidationException(InitiatorField.ENDPOINT_URL, "an http(s) endpoint URL is required");
        }
        try {
            URI.create(s.url());
        } catch (IllegalArgumentException e) {
            throw new InitiatorValidationException(InitiatorField.ENDPOINT_URL, "not a URL: " + e.getMessage());
        }
        if (s.url().length() > 512) {
            throw new InitiatorValidationException(InitiatorField.ENDPOINT_URL, "at most 512 characters");
        }
        if (s.documentsPerRetrieve() < 1 || s.documentsPerRetrieve() > EndpointSettings.MAX_DOCUMENTS_PER_RETRIEVE) {
            throw new InitiatorValidationException(InitiatorField.ENDPOINT_DOCUMENTS_PER_RETRIEVE, "between 1 and " + EndpointSettings.MAX_DOCUMENTS_PER_RETRIEVE);
        }
        SignatureAlgorithm algorithm;
        try {
            algorithm = SignatureAlgorithm.valueOf(s.signatureAlgorithm() == null ? "RSA_SHA256" : s.signatureAlgorithm());
        } catch (IllegalArgumentException e) {
            throw new InitiatorValidationException(InitiatorField.ENDPOINT_SIGNATURE_ALGORITHM, "RSA_SHA256 or RSA_SHA1");
        }
        if (s.maxConcurrency() < 1 || s.maxConcurrency() > 64) {
            throw new InitiatorValidationException(InitiatorField.ENDPOINT_MAX_CONCURRENCY, "between 1 and 64");
        }
        return new EndpointProfile(s.url(), s.documentsPerRetrieve(), algorithm, s.urnOidPrefix(), s.mtom(),
                seconds(InitiatorField.ENDPOINT_XCPD_TIMEOUT, s.xcpdTimeoutSeconds()), seconds(InitiatorField.ENDPOINT_QUERY_TIMEOUT, s.queryTimeoutSeconds()),
                seconds(InitiatorField.ENDPOINT_RETRIEVE_TIMEOUT, s.retrieveTimeoutSeconds()), s.maxConcurrency());
    }

    private static Duration seconds(InitiatorField field, Integer s) {
        if (s == null) {
            return null;
        }
        if (s < 1 || s > 600) {
            throw new InitiatorValidationException(field, "between 1 and 600 seconds");
        }
        return Duration.ofSeconds(s);
    }

    static EndpointSettings settings(EndpointProfile p) {
        return new EndpointSettings(p.url(), p.documentsPerRetrieve(), p.signatureAlgorithm().name(), p.urnOidPrefix(), p.mtom(),
                p.xcpdTimeout() == null ? null : (int) p.xcpdTimeout().toSeconds(),
                p.queryTimeout() == null ? null : (int) p.queryTimeout().toSeconds(),
                p.retrieveTimeout() == null ? null : (int) p.retrieveTimeout().toSeconds(), p.maxConcurrency());
    }
}
