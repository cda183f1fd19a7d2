package dev.crossway.realm;

import dev.crossway.interop.access.SubjectRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * A person's role in the network (the SNOMED CT code Crossway puts in the SAML assertions it signs
 * for that person's queries): the user attribute {@value #ATTRIBUTE}, declared in the realm's user
 * profile as a choice among {@link SubjectRole#ALLOWED} (Keycloak itself refuses any other value, in
 * the admin console, the admin API and this tool), visible and editable by administrators only (a
 * person cannot change their own role in the account console), and carried into the portal's access
 * tokens as the claim {@value #CLAIM} by the protocol mapper {@value #MAPPER}.
 */
public final class SubjectRoles {

    public static final String ATTRIBUTE = "crossway_role";
    public static final String CLAIM = "crossway_role";
    public static final String MAPPER = "crossway-role";

    private SubjectRoles() {
    }

    /** The user profile's declaration of the attribute: one of the allowed codes, labelled with its display. */
    static UPAttribute attribute() {
        UPAttribute a = new UPAttribute(ATTRIBUTE, new UPAttributePermissions(Set.of("admin"), Set.of("admin")));
        a.setDisplayName("Network role (SNOMED CT, stated in the SAML assertions of this person's queries)");
        a.setMultivalued(false);
        a.addValidation("options", Map.of("options", SubjectRole.ALLOWED.stream().map(SubjectRole::code).toList()));
        Map<String, String> labels = new LinkedHashMap<>();
        SubjectRole.ALLOWED.forEach(r -> labels.put(r.code(), r.display() + " (" + r.code() + ")"));
        a.setAnnotations(Map.of("inputType", "select", "inputOptionLabels", labels));
        return a;
    }

    /** Declares the attribute in the realm's user profile, replacing an older declaration; other attributes are kept. */
    static void ensureProfile(RealmResource realm, Consumer<String> log) {
        UPConfig config = realm.users().userProfile().getConfiguration();
        UPAttribute wanted = attribute();
        if (!wanted.equals(config.getAttribute(ATTRIBUTE))) {
            config.addOrReplaceAttribute(wanted);
            realm.users().userProfile().update(config);
            log.accept("user profile: attribute " + ATTRIBUTE + " declared (" + SubjectRole.ALLOWED.size() + " allowed roles)");
        }
    }

    /** The portal client's mapper from the attribute to the access token's claim. */
    static ProtocolMapperRepresentation mapper() {
        ProtocolMapperRepresentation m = new ProtocolMapperRepresentation();
        m.setName(MAPPER);
        m.setProtocol("openid-connect");
        m.setProtocolMapper("oidc-usermodel-attribute-mapper");
        m.setConfig(Map.of("user.attribute", ATTRIBUTE, "claim.name", CLAIM, "jsonType.label", "String",
                "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                "introspection.token.claim", "true", "multivalued", "false"));
        return m;
    }

    /**
     * Gives the person {@code username} the role {@code code}.
     *
     * @throws IllegalArgumentException when the code is not an allowed role or there is no such user
     */
    public static SubjectRole assign(RealmResource realm, String username, String code) {
        SubjectRole role = SubjectRole.of(code).orElseThrow(() -> new IllegalArgumentException("role '" + code
                + "' is not one of the allowed roles: " + SubjectRole.ALLOWED.stream().map(r -> r.code() + " " + r.display()).toList()));
        List<UserRepresentation> found = username == null ? List.of() : realm.users().searchByUsername(username, true);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no user '" + username + "'");
        }
        UserRepresentation user = realm.users().get(found.get(0).getId()).toRepresentation();
        user.singleAttribute(ATTRIBUTE, role.code());
        realm.users().get(user.getId()).update(user);
        return role;
    }
}
