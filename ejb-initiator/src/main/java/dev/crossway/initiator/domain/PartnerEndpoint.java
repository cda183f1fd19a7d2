package dev.crossway.initiator.domain;

import dev.crossway.interop.saml.SignatureAlgorithm;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The saved settings of one partner endpoint (keyed by URL): the stored form of an {@link EndpointProfile}. */
@Entity
@Table(name = "endpoint_settings")
public class PartnerEndpoint {

    @Id
    private String url;
    @Column(name = "documents_per_retrieve", nullable = false)
    private int documentsPerRetrieve;
    @Column(name = "signature_algorithm", nullable = false)
    private String signatureAlgorithm;
    @Column(name = "urn_oid_prefix", nullable = false)
    private boolean urnOidPrefix;
    @Column(nullable = false)
    private boolean mtom;
    @Column(name = "xcpd_timeout_s")
    private Integer xcpdTimeoutSeconds;
    @Column(name = "query_timeout_s")
    private Integer queryTimeoutSeconds;
    @Column(name = "retrieve_timeout_s")
    private Integer retrieveTimeoutSeconds;
    @Column(name = "max_concurrency", nullable = false)
    private int maxConcurrency;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PartnerEndpoint() {
    }

    public PartnerEndpoint(String url) {
        this.url = url;
    }

    public void update(EndpointProfile p, Instant at) {
        documentsPerRetrieve = p.documentsPerRetrieve();
        signatureAlgorithm = p.signatureAlgorithm().name();
        urnOidPrefix = p.urnOidPrefix();
        mtom = p.mtom();
        xcpdTimeoutSeconds = seconds(p.xcpdTimeout());
        queryTimeoutSeconds = seconds(p.queryTimeout());
        retrieveTimeoutSeconds = seconds(p.retrieveTimeout());
        maxConcurrency = p.maxConcurrency();
        updatedAt = at;
    }

    public EndpointProfile profile() {
        return new EndpointProfile(url, documentsPerRetrieve, SignatureAlgorithm.valueOf(signatureAlgorithm), urnOidPrefix, mtom,
                duration(xcpdTimeoutSeconds), duration(queryTimeoutSeconds), duration(retrieveTimeoutSeconds), maxConcurrency);
    }

    public String url() {
        return url;
    }

    private static Integer seconds(Duration d) {
        return d == null ? null : (int) d.toSeconds();
    }

    private static Duration duration(Integer s) {
        return s == null ? null : Duration.ofSeconds(s);
    }
}
