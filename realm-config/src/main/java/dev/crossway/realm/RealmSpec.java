package dev.crossway.realm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The realm as written in {@code realm/crossway-realm.json}: what must exist in Keycloak for
 * Crossway to run, including how people log in ({@code security}: brute-force detection, password
 * policy, one-time password for administrators). The {@code sandbox} part (published development credentials) is applied only
 * to a sandbox installation.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RealmSpec(String realm, Boolean enabled, String sslRequired, Integer accessTokenLifespan,
                        Roles roles, List<Map<String, Object>> clients, Sandbox sandbox, RealmSecurity.Settings security) {

    public static final String RESOURCE = "/realm/crossway-realm.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Roles(List<Role> realm) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Role(String name, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sandbox(List<Map<String, Object>> clients, List<User> users) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(String username, String password, String firstName, String lastName, String email,
                       List<String> roles, String subjectRole) {
    }

    public static RealmSpec load() {
        try (InputStream in = RealmSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().readValue(in, RealmSpec.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
