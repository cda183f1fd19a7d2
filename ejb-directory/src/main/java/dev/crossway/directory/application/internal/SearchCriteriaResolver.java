package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryField;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.OrganizationSearch;
import dev.crossway.directory.domain.EndpointTransaction;
import dev.crossway.directory.domain.GeoPoint;
import dev.crossway.directory.domain.OrganizationFilter;
import dev.crossway.directory.domain.ZipCentroid;
import dev.crossway.interop.id.Oid;
import java.util.Optional;
import java.util.function.Function;

/** Checks search criteria and turns them into a {@link OrganizationFilter}; a radius ZIP is located here. */
final class SearchCriteriaResolver {

    private final Function<String, Optional<GeoPoint>> zipLocator;

    SearchCriteriaResolver(Function<String, Optional<GeoPoint>> zipLocator) {
        this.zipLocator = zipLocator;
    }

    OrganizationFilter resolve(OrganizationSearch s) {
        Oid identifier = null;
        if (present(s.identifier())) {
            if (!Oid.isValid(s.identifier())) {
                throw new DirectoryValidationException(DirectoryField.ORGANIZATION_OID, "not an OID: " + s.identifier());
            }
            identifier = Oid.of(s.identifier());
        }
        EndpointTransaction tx = null;
        if (present(s.transaction())) {
            tx = EndpointTransaction.parse(s.transaction()).orElseThrow(() -> new DirectoryValidationException(
                    DirectoryField.ENDPOINT_TRANSACTION, "unknown transaction '" + s.transaction()
                    + "'; expected XCPD ITI-55, XCA ITI-38 or XCA ITI-39"));
        }
        GeoPoint center = null;
        Double radius = s.radiusMiles();
        if (radius != null) {
            if (!(radius > 0) || radius > 3000) {
                throw new DirectoryValidationException(DirectoryField.RADIUS_MILES, "radius must be between 0 and 3000 miles");
            }
            center = center(s);
        }
        OrganizationFilter.Activity activity = Boolean.FALSE.equals(s.active())
                ? OrganizationFilter.Activity.INACTIVE : OrganizationFilter.Activity.ACTIVE;
        String zip = present(s.zip()) ? ZipCentroid.normalize(s.zip()).orElse(s.zip().trim()) : null;
        if (s.offset() < 0) {
            throw new DirectoryValidationException(DirectoryField.PAGING_OFFSET, "offset must not be negative");
        }
        return new OrganizationFilter(trim(s.name()), identifier, trim(s.city()), trim(s.state()), zip, tx,
                trim(s.purposeOfUse()), activity, center, center == null ? null : radius, s.offset(), s.effectiveCount());
    }

    private GeoPoint center(OrganizationSearch s) {
        if (present(s.radiusZip())) {
            String zip5 = ZipCentroid.normalize(s.radiusZip()).orElseThrow(() ->
                    new DirectoryValidationException(DirectoryField.RADIUS_ZIP, "unknown ZIP " + s.radiusZip()));
            return zipLocator.apply(zip5).orElseThrow(() ->
                    new DirectoryValidationException(DirectoryField.RADIUS_ZIP, "unknown ZIP " + s.radiusZip()));
        }
        if (s.latitude() != null && s.longitude() != null) {
            try {
                return new GeoPoint(s.latitude(), s.longitude());
            } catch (IllegalArgumentException e) {
                throw new DirectoryValidationException(DirectoryField.RADIUS_POSITION, e.getMessage());
            }
        }
        throw new DirectoryValidationException(DirectoryField.RADIUS_ZIP, "a radius needs a ZIP or a latitude and longitude");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String trim(String s) {
        return present(s) ? s.trim() : null;
    }
}
