package dev.crossway.realm;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Log in with the hospital's directory: Keycloak's own LDAP / Active Directory user federation
 * (a user storage provider), configured by the realm tool. People keep their directory password
 * (Keycloak binds to the directory as them; nothing is written back: read-only), their directory
 * groups become Keycloak groups (a group mapper, synchronized at once), and each mapped group
 * carries a realm role ({@code clinicians=clinician}): a person gets Crossway's roles by being in
 * the directory group, managed where the hospital already manages people. Optionally a directory
 * attribute holding the SNOMED CT role code is mapped onto {@link SubjectRoles#ATTRIBUTE}.
 */
public final class DirectoryFederation {

    static final String STORAGE = "org.keycloak.storage.UserStorageProvider";
    static final String MAPPER = "org.keycloak.storage.ldap.mappers.LDAPStorageMapper";
    static final String GROUP_MAPPER = "crossway groups";
    static final String ROLE_MAPPER = "crossway network role";

    /**
     * The directory's settings. {@code vendor} {@code ad} (Active Directory: sAMAccountName,
     * objectGUID, user objects) or {@code other} (OpenLDAP and the like: uid, entryUUID,
     * inetOrgPerson); {@code groupRoles} maps a directory group's name to a realm role;
     * {@code roleAttribute}, optional, a directory attribute holding the person's SNOMED CT role code.
     */
    public record Settings(String name, String url, String bindDn, String bindCredential, String usersDn, String groupsDn,
                           Map<String, String> groupRoles, String vendor, boolean startTls, String roleAttribute) {
        public Settings {
            Objects.requireNonNull(name, "name");
            require(url, "--url");
            require(bindDn, "--bind-dn");
            require(bindCredential, "the bind credential (--bind-credential-file)");
            require(usersDn, "--users-dn");
            require(groupsDn, "--groups-dn");
            if (!url.startsWith("ldap://") && !url.startsWith("ldaps://")) {
                throw new IllegalArgumentException("--url must be ldap:// or ldaps://");
            }
            groupRoles = Map.copyOf(groupRoles == null ? Map.of() : groupRoles);
            vendor = vendor == null ? "other" : vendor;
            if (!vendor.equals("ad") && !vendor.equals("other")) {
                throw new IllegalArgumentException("--vendor must be ad or other");
            }
        }

        boolean activeDirectory() {
            return vendor.equals("ad");
        }

        private static void require(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " is needed");
            }
        }
    }

    private final RealmResource realm;
    private final Consumer<String> log;

    public DirectoryFederation(RealmResource realm, Consumer<String> log) {
        this.realm = Objects.requireNonNull(realm);
        this.log = Objects.requireNonNull(log);
    }

    /** Creates or updates the federation, its mappers and the group roles; returns the provider's id. */
    public String apply(Settings s) {
        String realmId = realm.toRepresentation().getId();
        ComponentRepresentation wanted = provider(s, realmId);
        Optional<ComponentRepresentation> existing = find(s.name());
        String id;
        if (existing.isPresent()) {
            id = existing.get().getId();
            wanted.setId(id);
            realm.components().component(id).update(wanted);
            log.accept("directory " + s.name() + " updated (" + s.url() + ")");
        } else {
            id = createdId(realm.components().add(wanted), "directory " + s.name());
            log.accept("directory " + s.name() + " created (" + s.url() + ")");
        }
        String groups = ensureMapper(id, groupMapper(s, id));
        if (s.roleAttribute() != null && !s.roleAttribute().isBlank()) {
            ensureMapper(id, roleMapper(s, id));
        }
        var sync = realm.userStorage().syncMapperData(id, groups, "fedToKeycloak");
        log.accept("directory groups synchronized: " + sync.getStatus());
        s.groupRoles().forEach((group, role) -> mapGroup(group, role));
        return id;
    }

    /** Removes the federation (and the users imported from it); false when there was none. */
    public boolean remove(String name) {
        Optional<ComponentRepresentation> existing = find(name);
        existing.ifPresent(c -> {
            realm.userStorage().removeImportedUsers(c.getId());
            realm.components().removeComponent(c.getId());
        });
        return existing.isPresent();
    }

    private void mapGroup(String group, String role) {
        List<GroupRepresentation> found = realm.groups().groups(group, true, 0, 2, true);
        if (found.isEmpty()) {
            log.accept("WARNING: no directory group '" + group + "' under the groups DN: role " + role + " not mapped");
            return;
        }
        RoleRepresentation r = realm.roles().get(role).toRepresentation();
        var mapped = realm.groups().group(found.get(0).getId()).roles().realmLevel();
        if (mapped.listAll().stream().noneMatch(x -> x.getName().equals(role))) {
            mapped.add(List.of(r));
        }
        log.accept("directory group " + group + " -> role " + role);
    }

    private Optional<ComponentRepresentation> find(String name) {
        return realm.components().query(null, STORAGE, name).stream().filter(c -> name.equals(c.getName())).findFirst();
    }

    private String ensureMapper(String parentId, ComponentRepresentation wanted) {
        Optional<ComponentRepresentation> existing = realm.components().query(parentId, MAPPER, wanted.getName()).stream()
                .filter(c -> wanted.getName().equals(c.getName())).findFirst();
        if (existing.isPresent()) {
            wanted.setId(existing.get().getId());
            realm.components().component(wanted.getId()).update(wanted);
            return wanted.getId();
        }
        return createdId(realm.components().add(wanted), "mapper " + wanted.getName());
    }

    static ComponentRepresentation provider(Settings s, String realmId) {
        boolean ad = s.activeDirectory();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("enabled", "true");
        c.put("priority", "0");
        c.put("vendor", s.vendor());
        c.put("connectionUrl", s.url());
        c.put("startTls", Boolean.toString(s.startTls()));
        c.put("useTruststoreSpi", "always");
        c.put("connectionPooling", "true");
        c.put("authType", "simple");
        c.put("bindDn", s.bindDn());
        c.put("bindCredential", s.bindCredential());
        c.put("usersDn", s.usersDn());
        c.put("searchScope", "2");
        c.put("usernameLDAPAttribute", ad ? "sAMAccountName" : "uid");
        c.put("rdnLDAPAttribute", ad ? "cn" : "uid");
        c.put("uuidLDAPAttribute", ad ? "objectGUID" : "entryUUID");
        c.put("userObjectClasses", ad ? "person, organizationalPerson, user" : "inetOrgPerson, organizationalPerson");
        c.put("editMode", "READ_ONLY");
        c.put("importEnabled", "true");
        c.put("syncRegistrations", "false");
        c.put("trustEmail", "false");
        c.put("pagination", "true");
        c.put("batchSizeForSync", "1000");
        c.put("fullSyncPeriod", "-1");
        c.put("changedSyncPeriod", "-1");
        c.put("cachePolicy", "DEFAULT");
        c.put("validatePasswordPolicy", "false");
        c.put("allowKerberosAuthentication", "false");
        c.put("useKerberosForPasswordAuthentication", "false");
        return component(s.name(), "ldap", STORAGE, realmId, c);
    }

    static ComponentRepresentation groupMapper(Settings s, String parentId) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("groups.dn", s.groupsDn());
        c.put("group.name.ldap.attribute", "cn");
        c.put("group.object.classes", s.activeDirectory() ? "group" : "groupOfNames");
        c.put("preserve.group.inheritance", "false");
        c.put("ignore.missing.groups", "true");
        c.put("membership.ldap.attribute", "member");
        c.put("membership.attribute.type", "DN");
        c.put("membership.user.ldap.attribute", s.activeDirectory() ? "sAMAccountName" : "uid");
        c.put("mode", "READ_ONLY");
        c.put("user.roles.retrieve.strategy", "LOAD_GROUPS_BY_MEMBER_ATTRIBUTE");
        c.put("drop.non.existing.groups.during.sync", "false");
        c.put("groups.path", "/");
        return component(GROUP_MAPPER, "group-ldap-mapper", MAPPER, parentId, c);
    }

    static ComponentRepresentation roleMapper(Settings s, String parentId) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("ldap.attribute", s.roleAttribute());
        c.put("user.model.attribute", SubjectRoles.ATTRIBUTE);
        c.put("read.only", "true");
        c.put("always.read.value.from.ldap", "true");
        c.put("is.mandatory.in.ldap", "false");
        c.put("is.binary.attribute", "false");
        c.put("attribute.force.default", "false");
        return component(ROLE_MAPPER, "user-attribute-ldap-mapper", MAPPER, parentId, c);
    }

    private static ComponentRepresentation component(String name, String providerId, String type, String parentId,
                                                     Map<String, String> config) {
        ComponentRepresentation r = new ComponentRepresentation();
        r.setName(name);
        r.setProviderId(providerId);
        r.setProviderType(type);
        r.setParentId(parentId);
        MultivaluedHashMap<String, String> values = new MultivaluedHashMap<>();
        config.forEach(values::putSingle);
        r.setConfig(values);
        return r;
    }

    private static String createdId(Response response, String what) {
        try (response) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException(what + " not created: HTTP " + response.getStatus() + " "
                        + response.readEntity(String.class));
            }
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }
}
