package dev.crossway.directory.infrastructure.fhir;

import dev.crossway.directory.domain.Address;
import dev.crossway.directory.domain.Contact;
import dev.crossway.directory.domain.Endpoint;
import dev.crossway.directory.domain.Organization;
import java.math.BigDecimal;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Writes an own facility as the Sequoia R4 {@code Organization} the directory expects: id and
 * HCID identifier = home community id, a contained {@code Location} with the position, contained
 * {@code Endpoint}s with the {@code Transaction} and {@code PurposesOfUse} extensions, and
 * {@code partOf}. What {@link DirectoryEntryMapper} reads back is what was written.
 */
public final class OrganizationResourceWriter {

    public String toJson(Organization o) {
        return Fhir.r4().newJsonParser().encodeResourceToString(toResource(o));
    }

    public org.hl7.fhir.r4.model.Organization toResource(Organization o) {
        String oid = o.homeCommunityId().value();
        org.hl7.fhir.r4.model.Organization r = new org.hl7.fhir.r4.model.Organization();
        r.setId(oid);
        r.getMeta().setLastUpdated(Date.from(o.lastUpdated()));
        r.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem("urn:ietf:rfc:3986")
                .setValue("urn:oid:" + oid).setType(new CodeableConcept(
                        new Coding(SequoiaExtensions.IDENTIFIER_CODES, "HCID", null)));
        r.setActive(o.isActive());
        o.type().ifPresent(t -> r.addType(new CodeableConcept(
                new Coding(SequoiaExtensions.ORGANIZATION_TYPE, t.label(), null))));
        r.setName(o.name());
        o.aliases().forEach(r::addAlias);
        address(r, o.address());
        o.position().ifPresent(p -> {
            Location loc = new Location();
            loc.setId("loc");
            loc.getPosition().setLatitude(BigDecimal.valueOf(p.latitude())).setLongitude(BigDecimal.valueOf(p.longitude()));
            r.addContained(loc);
            if (r.hasAddress()) {
                r.getAddressFirstRep().addExtension(SequoiaExtensions.ORG_LOCATION, new Reference("#loc"));
            }
        });
        o.partOf().ifPresent(p -> r.setPartOf(new Reference("Organization/" + p.value())));
        for (Contact c : o.contacts()) {
            var cc = r.addContact();
            cc.getName().setText(c.name());
            if (c.purpose() != null) {
                cc.getPurpose().addCoding().setCode(c.purpose());
            }
            if (c.email() != null) {
                cc.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(c.email());
            }
            if (c.phone() != null) {
                cc.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(c.phone());
            }
        }
        int n = 0;
        for (Endpoint e : o.endpoints()) {
            org.hl7.fhir.r4.model.Endpoint ep = endpoint(e, oid);
            ep.setId("ep" + n++);
            r.addContained(ep);
            r.addEndpoint(new Reference("#" + ep.getId()));
        }
        return r;
    }

    private static void address(org.hl7.fhir.r4.model.Organization r, Address a) {
        if (a == null) {
            return;
        }
        org.hl7.fhir.r4.model.Address fa = r.addAddress();
        if (a.street() != null) {
            fa.addLine(a.street());
        }
        fa.setCity(a.city()).setState(a.state()).setPostalCode(a.zip()).setCountry(a.country());
    }

    private static org.hl7.fhir.r4.model.Endpoint endpoint(Endpoint e, String oid) {
        org.hl7.fhir.r4.model.Endpoint ep = new org.hl7.fhir.r4.model.Endpoint();
        ep.addExtension(new Extension(SequoiaExtensions.TRANSACTION, new CodeableConcept(
                new Coding(SequoiaExtensions.TRANSACTION_CODES, e.transaction().label(), null))));
        ep.addExtension(new Extension(SequoiaExtensions.VERSION, new StringType("2.0")));
        if (!e.purposesOfUse().values().isEmpty()) {
            CodeableConcept pou = new CodeableConcept();
            e.purposesOfUse().values().forEach(p -> pou.addCoding(new Coding(SequoiaExtensions.PURPOSE_OF_USE_SYSTEM, p, null)));
            ep.addExtension(new Extension(SequoiaExtensions.PURPOSES_OF_USE, pou));
        }
        if (!e.roles().values().isEmpty()) {
            CodeableConcept roles = new CodeableConcept();
            e.roles().values().forEach(p -> roles.addCoding(new Coding(null, p, null)));
            ep.addExtension(new Extension(SequoiaExtensions.ROLES, roles));
        }
        ep.addIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:oid:" + oid).setType(new CodeableConcept(
                new Coding(SequoiaExtensions.IDENTIFIER_CODES, "HCID", null)));
        ep.setStatus(org.hl7.fhir.r4.model.Endpoint.EndpointStatus.ACTIVE);
        ep.setConnectionType(new Coding("http://terminology.hl7.org/CodeSystem/endpoint-connection-type",
                e.transaction().name().startsWith("XCPD") ? "ihe-xcpd" : "ihe-xca", null));
        ep.addPayloadType(new CodeableConcept(new Coding("urn:oid:1.3.6.1.4.1.19376.1.2.3", "urn:ihe:pcc:xphr:2007", null)));
        ep.setAddress(e.url());
        return ep;
    }
}
