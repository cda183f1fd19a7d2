package dev.crossway.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Where an organization answers one IHE transaction: the SOAP address, the purposes of use it
 * accepts and the requester roles it serves. Part of the {@link Organization} aggregate.
 */
@Embeddable
public class Endpoint {

    @Enumerated(EnumType.STRING)
    @Column(name = "transaction_code", length = 20, nullable = false)
    private EndpointTransaction transaction;
    @Column(name = "url", length = 1000, nullable = false)
    private String url;
    @Column(name = "purposes", length = 500)
    private Codes purposesOfUse;
    @Column(name = "roles", length = 500)
    private Codes roles;

    protected Endpoint() {
    }

    public Endpoint(EndpointTransaction transaction, String url, Codes purposesOfUse, Codes roles) {
        this.transaction = Objects.requireNonNull(transaction, "transaction");
        this.url = Objects.requireNonNull(url, "url");
        this.purposesOfUse = purposesOfUse == null ? Codes.empty() : purposesOfUse;
        this.roles = roles == null ? Codes.empty() : roles;
    }

    public EndpointTransaction transaction() { return transaction; }
    public String url() { return url; }
    public Codes purposesOfUse() { return purposesOfUse == null ? Codes.empty() : purposesOfUse; }
    public Codes roles() { return roles == null ? Codes.empty() : roles; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoint e && transaction == e.transaction && url.equals(e.url)
                && purposesOfUse().equals(e.purposesOfUse()) && roles().equals(e.roles());
    }

    @Override
    public int hashCode() {
        return Objects.hash(transaction, url, purposesOfUse(), roles());
    }
}
