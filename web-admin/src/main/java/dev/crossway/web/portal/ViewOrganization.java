package dev.crossway.web.portal;

import dev.crossway.directory.application.AddressView;
import dev.crossway.directory.application.OrganizationQueries;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.interop.id.Oid;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One organization with its endpoints. */
@Named
@RequestScoped
public class ViewOrganization {

    @Inject
    OrganizationQueries queries;

    private String oid;
    private OrganizationView organization;

    public void load() {
        organization = Oid.isValid(oid) ? queries.find(Oid.of(oid)).orElse(null) : null;
    }

    public String getAddressLine() {
        AddressView a = organization == null ? null : organization.address();
        if (a == null) {
            return "";
        }
        return Stream.of(a.street(), a.city(), a.state(), a.zip(), a.country())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }

    public String getOid() { return oid; }
    public void setOid(String oid) { this.oid = oid; }
    public OrganizationView getOrganization() { return organization; }
}
