package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.AddressView;
import dev.crossway.directory.application.ContactView;
import dev.crossway.directory.application.EndpointView;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.directory.domain.Address;
import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.domain.OrganizationType;
import dev.crossway.interop.id.Oid;

/** Organization entities to the views the web layer gets. */
final class OrganizationAssembler {

    private OrganizationAssembler() {
    }

    static OrganizationView toView(Organization o, Double distanceMiles) {
        Address a = o.address();
        AddressView address = a == null ? new AddressView(null, null, null, null, null)
                : new AddressView(a.street(), a.city(), a.state(), a.zip(), a.country());
        GeoPoint p = o.position().orElse(null);
        return new OrganizationView(
                o.homeCommunityId().value(), o.name(), o.aliases(),
                o.type().map(OrganizationType::label).orElse(null),
                o.isActive(), o.isOwn(), address,
                p == null ? null : p.latitude(), p == null ? null : p.longitude(),
                distanceMiles == null ? null : Math.round(distanceMiles * 100.0) / 100.0,
                o.partOf().map(Oid::value).orElse(null),
                o.managingOrganization().map(Oid::value).orElse(null),
                o.contacts().stream().map(c -> new ContactView(c.name(), c.purpose(), c.email(), c.phone())).toList(),
                o.endpoints().stream().map(e -> new EndpointView(e.transaction().label(), e.url(),
                        e.purposesOfUse().values(), e.roles().values())).toList(),
                o.lastUpdated());
    }
}
