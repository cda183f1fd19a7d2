package dev.crossway.web.portal;

import dev.crossway.directory.application.EndpointView;
import dev.crossway.directory.application.OrganizationView;
import java.io.Serializable;
import java.util.stream.Collectors;

/** One line of the directory table. */
public record OrganizationRow(String oid, String name, String city, String state, String type, String transactions,
                              Double distanceMiles, boolean active, boolean own) implements Serializable {

    static OrganizationRow of(OrganizationView v) {
        return new OrganizationRow(v.oid(), v.name(), v.address() == null ? "" : v.address().city(),
                v.address() == null ? "" : v.address().state(), v.type(),
                v.endpoints().stream().map(EndpointView::transaction).distinct().collect(Collectors.joining(", ")),
                v.distanceMiles(), v.active(), v.own());
    }
}
