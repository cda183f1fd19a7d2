package dev.crossway.directory.application;

import java.util.List;

/**
 * An endpoint.
 *
 * @param transaction {@code "XCPD ITI-55"}, {@code "XCA ITI-38"} or {@code "XCA ITI-39"}
 */
public record EndpointView(String transaction, String url, List<String> purposesOfUse, List<String> roles) {
}
