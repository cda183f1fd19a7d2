package dev.crossway.directory.infrastructure.fhir;

import dev.crossway.directory.domain.DirectoryEntry;
import java.util.List;

/**
 * One page of the directory, mapped.
 *
 * @param organizations how many Organization resources the page held (mapped or not): the
 *                      {@code _start} offset advances by this much
 * @param errors        entries that could not be mapped, one message each
 * @param total         the Bundle's {@code total}, when given
 * @param hasNext       whether the Bundle has a {@code next} link
 */
public record DirectoryPage(List<DirectoryEntry> entries, List<String> errors, int organizations, Integer total, boolean hasNext) {

    public DirectoryPage {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
    }
}
