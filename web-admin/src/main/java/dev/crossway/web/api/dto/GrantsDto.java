package dev.crossway.web.api.dto;

import java.util.List;

/**
 * A partner's grants: {@code Communities} it may write to, {@code Organizations} it may speak for,
 * {@code PurposesOfUse} and (optional; absent = not checked) {@code Roles} it may assert, and
 * whether it may {@code Initiate} at all. {@code "*"} in a list grants every value.
 */
public record GrantsDto(List<String> communities, List<String> organizations, List<String> purposesOfUse,
                        List<String> roles, Boolean initiate) {
}
