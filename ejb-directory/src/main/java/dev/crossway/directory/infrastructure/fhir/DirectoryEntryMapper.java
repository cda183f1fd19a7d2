package dev.crossway.directory.infrastructure.fhir;

import dev.crossway.directory.domain.Address;
import dev.crossway.directory.domain.Contact;
import dev.crossway.directory.domain.DirectoryEntry;
import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.OrganizationType;
import dev.crossway.interop.id.Oid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Maps a directory {@code Organization} resource to a {@link DirectoryEntry}. Pure: no I/O.
 *
 * <p>The home community id is {@code Organization.id} when that is an OID (current Sequoia R4),
 * otherwise the identifier typed {@code HCID}, otherwise the first identifier holding an OID (the
 * 1.0 directory numbers its resources 0, 1, ... and carries the OID only as an identifier).
 * The position is the contained {@code Location}'s. Endpoints are mapped by {@link EndpointMapper}.
 */
public final class DirectoryEntryMapper {

    private final EndpointMapper endpoints = new EndpointMapper();

    /** @throws FhirFormatException when the resource has no home community id or no name */
    public DirectoryEntry map(Organization org) {
        Oid hcid = homeCommunityId(org).orElseThrow(() -> new FhirFormatException(
                "Organization/" + org.getIdElement().getIdPart() + ": no home community id (OID)"));
        if (!org.hasName() || org.getName().isBlank()) {
            throw new FhirFormatException("Organization " + hcid + ": no name");
        }
        List<String> aliases = org.getAlias().stream().map(StringType::getValue)
                .filter(a -> a != null && !a.isBlank()).map(String::trim).toList();
        Instant updated = org.getMeta().hasLastUpdated() ? org.getMeta().getLastUpdated().toInstant() : null;
        return new DirectoryEntry(hcid, org.getName().trim(), aliases, type(org),
                !org.hasActive() || org.getActive(), address(org), position(org).orElse(null),
                partOf(org.getPartOf()).orElse(null), endpoints.managingOrganization(org).orElse(null),
                contacts(org), endpoints.map(org), updated);
    }

    static Optional<Oid> homeCommunityId(Organization org) {
        String id = org.getIdElement().getIdPart();
        if (Oid.isValid(id)) {
            return Optional.of(Oid.of(id));
        }
        for (Identifier i : org.getIdentifier()) {
            if (isHcid(i) && Oid.isValid(i.getValue())) {
                return Optional.of(Oid.of(i.getValue()));
            }
        }
        return org.getIdentifier().stream().map(Identifier::getValue).filter(Oid::isValid).findFirst().map(Oid::of);
    }

    static boolean isHcid(Identifier i) {
        CodeableConcept t = i.getType();
        return "HCID".equalsIgnoreCase(t.getText())
                || t.getCoding().stream().anyMatch(c -> "HCID".equalsIgnoreCase(c.getCode()));
    }

    private static OrganizationType type(Organization org) {
        for (CodeableConcept cc : org.getType()) {
            for (Coding c : cc.getCoding()) {
                Optional<OrganizationType> t = OrganizationType.parse(c.getCode());
                if (t.isPresent()) {
                    return t.get();
                }
            }
        }
        return null;
    }

    private static Address address(Organization org) {
        if (!org.hasAddress()) {
            return null;
        }
        org.hl7.fhir.r4.model.Address a = org.getAddressFirstRep();
        String street = a.getLine().stream().map(StringType::getValue).filter(s -> s != null && !s.isBlank())
                .reduce((x, y) -> x + ", " + y).orElse(null);
        return new Address(street, a.getCity(), a.getState(), a.getPostalCode(), a.getCountry());
    }

    private static Optional<GeoPoint> position(Organization org) {
        for (Resource r : org.getContained()) {
            if (r instanceof Location loc && loc.hasPosition()
                    && loc.getPosition().hasLatitude() && loc.getPosition().hasLongitude()) {
                try {
                    return Optional.of(new GeoPoint(loc.getPosition().getLatitude().doubleValue(),
                            loc.getPosition().getLongitude().doubleValue()));
                } catch (IllegalArgumentException outOfRange) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** {@code Organization/<oid>}, {@code urn:oid:<oid>} or an identifier holding the OID. */
    static Optional<Oid> partOf(Reference ref) {
        if (ref == null || ref.isEmpty()) {
            return Optional.empty();
        }
        if (ref.hasReference()) {
            String r = ref.getReference();
            String tail = r.substring(r.lastIndexOf('/') + 1);
            if (Oid.isValid(tail)) {
                return Optional.of(Oid.of(tail));
            }
            if (Oid.isValid(r)) {
                return Optional.of(Oid.of(r));
            }
        }
        if (ref.hasIdentifier() && Oid.isValid(ref.getIdentifier().getValue())) {
            return Optional.of(Oid.of(ref.getIdentifier().getValue()));
        }
        return Optional.empty();
    }

    private static List<Contact> contacts(Organization org) {
        List<Contact> list = new ArrayList<>();
        for (Organization.OrganizationContactComponent c : org.getContact()) {
            String name = c.getName().hasText() ? c.getName().getText() : blankToNull(c.getName().getNameAsSingleString());
            String purpose = c.getPurpose().hasText() ? c.getPurpose().getText()
                    : c.getPurpose().getCoding().stream().map(x -> x.hasDisplay() ? x.getDisplay() : x.getCode())
                    .filter(x -> x != null).findFirst().orElse(null);
            String email = telecom(c.getTelecom(), ContactPoint.ContactPointSystem.EMAIL);
            String phone = telecom(c.getTelecom(), ContactPoint.ContactPointSystem.PHONE);
            if (name != null || email != null || phone != null) {
                list.add(new Contact(name, purpose, email, phone));
            }
        }
        return list;
    }

    private static String telecom(List<ContactPoint> points, ContactPoint.ContactPointSystem system) {
        return points.stream().filter(p -> p.getSystem() == system).map(ContactPoint::getValue)
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
