package dev.crossway.realm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * A partner's grants as Keycloak keeps them: JSON in the config of one hard-coded-claim protocol
 * mapper on the partner's client ({@value #MAPPER}), which puts the same JSON into every access
 * token issued to that client as the string claim {@value #CLAIM}. The mapper is the one source of
 * truth; the API reads the claim from the verified token and never asks Keycloak per call (see
 * docs/decisions/grants.md). The JSON is the API's own: {@code {"Communities": [OID...],
 * "Organizations": [OID...], "PurposesOfUse": ["TREATMENT", ...], "Roles": [SNOMED...]?, "Initiate": true}};
 * {@code "*"} in a list grants every value; no {@code Roles} leaves the asserted role unchecked.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerGrants(@JsonProperty("Communities") List<String> communities,
                            @JsonProperty("Organizations") List<String> organizations,
                            @JsonProperty("PurposesOfUse") List<String> purposesOfUse,
                            @JsonProperty("Roles") List<String> roles,
                            @JsonProperty("Initiate") boolean initiate) {

    public static final String MAPPER = "crossway-grants";
    public static final String CLAIM = "crossway_grants";
    static final String ANY = "*";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]{0,18})){1,40}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public PartnerGrants {
        communities = oids(communities, "Communities");
        organizations = oids(organizations, "Organizations");
        purposesOfUse = codes(purposesOfUse, "PurposesOfUse", true);
        roles = roles == null ? null : codes(roles, "Roles", false);
    }

    /** Nothing granted. */
    public static PartnerGrants none() {
        return new PartnerGrants(List.of(), List.of(), List.of(), null, false);
    }

    /** @throws IllegalArgumentException when the JSON is not grants */
    public static PartnerGrants fromJson(String json) {
        if (json == null || json.isBlank()) {
            return none();
        }
        try {
            return JSON.readValue(json, PartnerGrants.class);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("grants are not valid JSON: " + e.getOriginalMessage());
        }
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("grants cannot be written", e);
        }
    }

    /** The protocol mapper that keeps these grants and puts them into the client's access tokens. */
    public ProtocolMapperRepresentation toMapper() {
        ProtocolMapperRepresentation m = new ProtocolMapperRepresentation();
        m.setName(MAPPER);
        m.setProtocol("openid-connect");
        m.setProtocolMapper("oidc-hardcoded-claim-mapper");
        m.setConfig(Map.of("claim.name", CLAIM, "claim.value", toJson(), "jsonType.label", "String",
                "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                "introspection.token.claim", "true"));
        return m;
    }

    /** The grants a client's mappers hold; none when it has no grants mapper. */
    public static PartnerGrants of(List<ProtocolMapperRepresentation> mappers) {
        return mappers == null ? none() : mappers.stream().filter(m -> MAPPER.equals(m.getName())).findFirst()
                .map(m -> fromJson(m.getConfig().get("claim.value"))).orElse(none());
    }

    private static List<String> oids(List<String> values, String field) {
        return (values == null ? List.<String>of() : values).stream().map(v -> {
            String s = v == null ? "" : v.trim();
            s = s.regionMatches(true, 0, "urn:oid:", 0, 8) ? s.substring(8) : s;
            if (!s.equals(ANY) && !OID.matcher(s).matches()) {
                throw new IllegalArgumentException(field + ": '" + v + "' is not an OID");
            }
            return s;
        }).distinct().sorted().toList();
    }

    private static List<String> codes(List<String> values, String field, boolean upper) {
        return (values == null ? List.<String>of() : values).stream().map(v -> {
            String s = v == null ? "" : v.trim();
            if (!s.equals(ANY) && !CODE.matcher(s).matches()) {
                throw new IllegalArgumentException(field + ": '" + v + "' is not a code");
            }
            return upper ? s.toUpperCase(Locale.ROOT) : s;
        }).distinct().sorted().toList();
    }
}
