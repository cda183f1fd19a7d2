package dev.crossway.directory.application;

import java.util.List;

/** One page of search results; {@code total} counts every match. */
public record OrganizationPage(List<OrganizationView> organizations, long total, int offset, int count) {
}
