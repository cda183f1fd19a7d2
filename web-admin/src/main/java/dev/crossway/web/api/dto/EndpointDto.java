package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One endpoint. Crossway's spelling: {@code Transaction} ("XCPD ITI-55", "XCA ITI-38" or
 * "XCA ITI-39"), {@code Address}, {@code PurposesOfUse}, {@code Roles}. Redox's Organization model
 * puts the transaction, purposes of use and roles under {@code Attributes} and adds {@code Name} and
 * {@code MIMEType}; a request may use either, answers carry both.
 */
@Schema
public record EndpointDto(String transaction, String address, List<String> purposesOfUse, List<String> roles, String name,
                          @JsonProperty("MIMEType") String mimeType, AttributesDto attributes) {

    /** Redox's {@code Endpoints[].Attributes}. */
    public record AttributesDto(String transaction, List<SystemValueDto> purposeOfUse, List<SystemValueDto> roles) {
    }

    public static EndpointDto of(String transaction, String address, List<String> purposesOfUse, List<String> roles) {
        return new EndpointDto(transaction, address, purposesOfUse, roles, transaction, null,
                new AttributesDto(transaction, values(purposesOfUse), values(roles)));
    }

    /** A plain loop, not a stream: this runs for every endpoint of every organization a query answers. */
    private static List<SystemValueDto> values(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        SystemValueDto[] out = new SystemValueDto[codes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = SystemValueDto.of(codes.get(i));
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** The transaction, from either spelling. */
    public String anyTransaction() {
        return transaction != null ? transaction : attributes == null ? null : attributes.transaction();
    }

    /** The purposes of use, from either spelling. */
    public List<String> anyPurposesOfUse() {
        return purposesOfUse != null ? purposesOfUse : attributes == null ? List.of() : codes(attributes.purposeOfUse());
    }

    /** The roles, from either spelling. */
    public List<String> anyRoles() {
        return roles != null ? roles : attributes == null ? List.of() : codes(attributes.roles());
    }

    private static List<String> codes(List<SystemValueDto> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && v.value() != null).map(SystemValueDto::value).toList();
    }
}
