package dev.crossway.web.api;

import dev.crossway.directory.application.AddressView;
import dev.crossway.directory.application.ContactView;
import dev.crossway.directory.application.EndpointView;
import dev.crossway.directory.application.FacilityForm;
import dev.crossway.directory.application.OrganizationSearch;
import dev.crossway.directory.application.OrganizationView;
import dev.crossway.web.api.dto.AddressDto;
import dev.crossway.web.api.dto.ContactDto;
import dev.crossway.web.api.dto.EndpointDto;
import dev.crossway.web.api.dto.IdentifierDto;
import dev.crossway.web.api.dto.OrganizationDto;
import dev.crossway.web.api.dto.OrganizationQueryDto;
import dev.crossway.web.api.dto.PagingDto;
import dev.crossway.web.api.dto.PartOfDto;
import dev.crossway.web.api.dto.PositionDto;
import dev.crossway.web.api.dto.RadiusDto;
import dev.crossway.web.api.dto.ReferenceDto;
import dev.crossway.web.api.dto.SystemValueDto;
import dev.crossway.web.api.error.InvalidRequestException;
import java.util.List;

/** Between the Redox Organization data model and the directory's views, forms and criteria. */
final class OrganizationAssembler {

    private OrganizationAssembler() {
    }

    static OrganizationDto toDto(OrganizationView v) {
        AddressView a = v.address();
        return new OrganizationDto(v.name(), List.of(new IdentifierDto(v.oid(), "OID")), v.aliases(), v.active(),
                SystemValueDto.of(v.type()), v.own(),
                a == null ? null : new AddressDto(a.street(), a.city(), a.state(), a.zip(), a.country()),
                v.latitude() == null ? null : new PositionDto(v.latitude(), v.longitude()),
                v.distanceMiles() == null ? null : Math.round(v.distanceMiles() * 100) / 100.0,
                PartOfDto.of(v.partOf()), v.managingOrganization(),
                v.managingOrganization() == null ? null : new ReferenceDto(v.managingOrganization(), null),
                v.endpoints().stream().map(e -> EndpointDto.of(e.transaction(), e.url(), e.purposesOfUse(), e.roles())).toList(),
                v.contacts().stream().map(c -> ContactDto.of(c.name(), c.purpose(), c.email(), c.phone())).toList(),
                v.lastUpdated(), null);
    }

    static OrganizationSearch toSearch(OrganizationQueryDto q) {
        OrganizationQueryDto.Criteria c = q.organization();
        RadiusDto r = q.radius();
        PagingDto p = q.paging();
        String identifier = c == null || c.identifiers() == null || c.identifiers().isEmpty()
                ? q.identifier() == null ? null : q.identifier().id() : c.identifiers().get(0).id();
        AddressDto a = c == null ? null : c.address();
        String name = c != null && c.name() != null ? c.name() : q.nameSearch() == null ? null : q.nameSearch().value();
        String state = a != null && a.state() != null ? a.state() : q.state();
        Boolean active = c != null && c.active() != null ? c.active() : q.active();
        Double miles = r != null && r.miles() != null ? r.miles()
                : q.radiusSearch() == null ? null : number(q.radiusSearch().radius(), "RadiusSearch.Radius");
        String zip = r != null && r.zip() != null ? r.zip() : q.radiusSearch() == null ? null : q.radiusSearch().zipCode();
        Integer offset = p != null && p.offset() != null ? p.offset() : p != null && p.index() != null ? p.index()
                : whole(q.index(), "Index");
        Integer count = p != null && p.count() != null ? p.count() : whole(q.limit(), "Limit");
        return new OrganizationSearch(name, identifier,
                a == null ? null : a.city(), state, a == null ? null : a.zip(),
                c == null ? null : c.transaction(), c == null ? null : c.purposeOfUse(),
                active, miles, zip,
                r == null ? null : r.latitude(), r == null ? null : r.longitude(),
                offset == null ? 0 : offset, count == null ? 0 : count);
    }

    /** Redox sends numbers of the Organization query as strings. */
    private static Double number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, field + " must be a number");
        }
    }

    private static Integer whole(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new InvalidRequestException(field, field + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, field + " must be a whole number");
        }
    }

    static FacilityForm toForm(OrganizationDto o) {
        AddressDto a = o.address() == null ? new AddressDto(null, null, null, null, null) : o.address();
        return new FacilityForm(oidOf(o), o.name(), o.aliases() == null ? List.of() : o.aliases(), o.type() == null ? null : o.type().value(),
                a.streetAddress(), a.city(), a.state(), a.zip(), a.country(),
                o.position() == null ? null : o.position().latitude(),
                o.position() == null ? null : o.position().longitude(),
                o.partOf() == null ? null : o.partOf().oid(),
                o.endpoints() == null ? List.of() : o.endpoints().stream()
                        .map(e -> new EndpointView(e.anyTransaction(), e.address(), nonNull(e.anyPurposesOfUse()), nonNull(e.anyRoles())))
                        .toList(),
                o.contacts() == null ? List.of() : o.contacts().stream()
                        .map(c -> new ContactView(c.name(), c.purpose(), c.anyEmail(), c.anyPhone())).toList());
    }

    /** The OID among the identifiers (IDType "OID" or untyped). */
    static String oidOf(OrganizationDto o) {
        if (o == null || o.identifiers() == null) {
            return null;
        }
        return o.identifiers().stream()
                .filter(i -> i.idType() == null || "OID".equalsIgnoreCase(i.idType()) || "HCID".equalsIgnoreCase(i.idType()))
                .map(IdentifierDto::id)
                .findFirst().orElse(null);
    }

    private static List<String> nonNull(List<String> l) {
        return l == null ? List.of() : l;
    }
}
