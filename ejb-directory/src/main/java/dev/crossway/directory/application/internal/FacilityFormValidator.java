package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryField;
import dev.crossway.directory.application.ContactView;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.EndpointView;
import dev.crossway.directory.application.FacilityForm;
import dev.crossway.directory.domain.Address;
import dev.crossway.directory.domain.Codes;
import dev.crossway.directory.domain.Contact;
import dev.crossway.directory.domain.DirectoryEntry;
import dev.crossway.directory.domain.Endpoint;
import dev.crossway.directory.domain.EndpointTransaction;
import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.OrganizationType;
import dev.crossway.directory.domain.ZipCentroid;
import dev.crossway.interop.id.Oid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks an own-facility form and turns it into a {@link DirectoryEntry}. The first problem found
 * is thrown, naming its field as the Redox Organization model does. A missing position is taken
 * from the ZIP centroid.
 */
final class FacilityFormValidator {

    private final Function<String, Optional<GeoPoint>> zipLocator;

    FacilityFormValidator(Function<String, Optional<GeoPoint>> zipLocator) {
        this.zipLocator = zipLocator;
    }

    DirectoryEntry validate(Oid oid, FacilityForm f) {
        if (f == null) {
            throw new DirectoryValidationException(DirectoryField.ORGANIZATION, "a facility is required");
        }
        String name = required(f.name(), DirectoryField.ORGANIZATION_NAME, "a name is required");
        if (name.length() > 255) {
            throw new DirectoryValidationException(DirectoryField.ORGANIZATION_NAME, "the name is longer than 255 characters");
        }
        Address address = new Address(
                required(f.street(), DirectoryField.ORGANIZATION_STREET, "a street address is required"),
                required(f.city(), DirectoryField.ORGANIZATION_CITY, "a city is required"),
                required(f.state(), DirectoryField.ORGANIZATION_STATE, "a state is required"),
                required(f.zip(), DirectoryField.ORGANIZATION_ZIP, "a ZIP is required"),
                f.country() == null || f.country().isBlank() ? "US" : f.country());
        OrganizationType type = f.type() == null || f.type().isBlank() ? OrganizationType.FACILITY
                : OrganizationType.parse(f.type()).orElseThrow(() -> new DirectoryValidationException(
                DirectoryField.ORGANIZATION_TYPE, "unknown type '" + f.type() + "'; expected Implementer, Connection or Facility"));
        Oid partOf = null;
        if (f.partOf() != null && !f.partOf().isBlank()) {
            if (!Oid.isValid(f.partOf())) {
                throw new DirectoryValidationException(DirectoryField.ORGANIZATION_PART_OF, "not an OID: " + f.partOf());
            }
            partOf = Oid.of(f.partOf());
        }
        List<String> aliases = f.aliases() == null ? List.of()
                : f.aliases().stream().filter(a -> a != null && !a.isBlank()).map(String::trim).toList();
        List<Contact> contacts = f.contacts() == null ? List.of() : f.contacts().stream()
                .filter(c -> c != null).map(FacilityFormValidator::contact).toList();
        return new DirectoryEntry(oid, name, aliases, type, true, address, position(f), partOf, null,
                contacts, endpoints(f.endpoints()), null);
    }

    /** The form's OID, checked. */
    static Oid oid(String text) {
        if (text == null || text.isBlank()) {
            throw new DirectoryValidationException(DirectoryField.ORGANIZATION_OID, "a home community id (OID) is required");
        }
        if (!Oid.isValid(text)) {
            throw new DirectoryValidationException(DirectoryField.ORGANIZATION_OID, "not an OID: " + text);
        }
        return Oid.of(text);
    }

    private GeoPoint position(FacilityForm f) {
        if (f.latitude() != null || f.longitude() != null) {
            if (f.latitude() == null || f.longitude() == null) {
                throw new DirectoryValidationException(DirectoryField.ORGANIZATION_POSITION, "give both latitude and longitude, or neither");
            }
            try {
                return new GeoPoint(f.latitude(), f.longitude());
            } catch (IllegalArgumentException e) {
                throw new DirectoryValidationException(DirectoryField.ORGANIZATION_POSITION, e.getMessage());
            }
        }
        return ZipCentroid.normalize(f.zip()).flatMap(zipLocator).orElse(null);
    }

    private static List<Endpoint> endpoints(List<EndpointView> views) {
        List<Endpoint> list = new ArrayList<>();
        if (views == null) {
            return list;
        }
        for (int i = 0; i < views.size(); i++) {
            EndpointView v = views.get(i);
            int index = i;
            if (v == null) {
                continue;
            }
            EndpointTransaction t = EndpointTransaction.parse(v.transaction()).orElseThrow(() ->
                    new DirectoryValidationException(DirectoryField.ENDPOINT_TRANSACTION, index, "unknown transaction '" + v.transaction()
                            + "'; expected XCPD ITI-55, XCA ITI-38 or XCA ITI-39"));
            list.add(new Endpoint(t, url(v.url(), DirectoryField.ENDPOINT_URL, index), Codes.of(v.purposesOfUse()), Codes.of(v.roles())));
        }
        return list;
    }

    static String url(String text, DirectoryField field) {
        return url(text, field, null);
    }

    /** {@code index}: the endpoint's position in its organization, or null for a URL that is no endpoint's. */
    static String url(String text, DirectoryField field, Integer index) {
        if (text == null || text.isBlank()) {
            throw new DirectoryValidationException(field, index, "an endpoint URL is required");
        }
        try {
            URI u = new URI(text.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && text.trim().length() <= 1000) {
                return text.trim();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new DirectoryValidationException(field, index, "not an http(s) URL: " + text);
    }

    private static Contact contact(ContactView c) {
        return new Contact(c.name(), c.purpose(), c.email(), c.phone());
    }

    private static String required(String value, DirectoryField field, String message) {
        if (value == null || value.isBlank()) {
            throw new DirectoryValidationException(field, message);
        }
        return value.trim();
    }
}
