package dev.crossway.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.access.SubjectRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;

class LoginRulesTest {

    private final RealmSpec spec = RealmSpec.load();

    @Test
    void theRealmLocksOutGuessersHasAPasswordPolicyAndAsksAdministratorsForAOneTimePassword() {
        RealmSecurity.Settings s = spec.security();
        assertThat(s.failureFactor()).isBetween(3, 10);
        assertThat(s.passwordPolicy()).contains("length(12)").contains("notUsername").contains("passwordHistory");
        assertThat(s.otpRole()).isEqualTo("admin");
    }

    @Test
    void theRoleAttributeOffersExactlyTheAllowedRolesAndOnlyAdministratorsMayChangeIt() {
        UPAttribute a = SubjectRoles.attribute();
        assertThat(a.getName()).isEqualTo(SubjectRoles.ATTRIBUTE);
        assertThat(a.getValidations().get("options").get("options"))
                .isEqualTo(SubjectRole.ALLOWED.stream().map(SubjectRole::code).toList());
        assertThat(a.getPermissions().getEdit()).containsExactly("admin");
        assertThat(a.getPermissions().getView()).containsExactly("admin");
        assertThat(a.getRequired()).as("auditors need none: the portal refuses a query without one").isNull();
    }

    @Test
    void thePortalsTokensCarryThePersonsRoleBesideTheGrants() {
        ClientRepresentation portal = RealmApplier.toRepresentation(spec.clients().get(0),
                new RealmApplier.Options("https://crossway.example.org", "portal-secret-0123456789", "manager-secret-0123456789", false));
        assertThat(portal.getProtocolMappers()).extracting(ProtocolMapperRepresentation::getName)
                .containsExactlyInAnyOrder(PartnerGrants.MAPPER, SubjectRoles.MAPPER);
        ProtocolMapperRepresentation role = portal.getProtocolMappers().stream()
                .filter(m -> SubjectRoles.MAPPER.equals(m.getName())).findFirst().orElseThrow();
        assertThat(role.getConfig()).containsEntry("user.attribute", SubjectRoles.ATTRIBUTE)
                .containsEntry("claim.name", SubjectRoles.CLAIM).containsEntry("access.token.claim", "true");
    }

    @Test
    void theSandboxPeopleWhoQueryHaveAnAllowedRole() {
        assertThat(spec.sandbox().users()).filteredOn(u -> u.roles().contains("clinician") || u.roles().contains("admin"))
                .allSatisfy(u -> assertThat(SubjectRole.of(u.subjectRole())).isPresent());
        assertThat(spec.sandbox().users()).filteredOn(u -> u.username().equals("clinician"))
                .extracting(RealmSpec.User::subjectRole).containsExactly("224535009");
    }

    @Test
    void theDirectoryIsReadOnlyAndMapsGroupsWithTheVendorsAttributes() {
        DirectoryFederation.Settings openLdap = new DirectoryFederation.Settings("hospital", "ldap://127.0.0.1:19389",
                "cn=admin,dc=h", "secret", "ou=people,dc=h", "ou=groups,dc=h", Map.of("clinicians", "clinician"), null, false, null);
        ComponentRepresentation p = DirectoryFederation.provider(openLdap, "realm-id");
        assertThat(p.getConfig().getFirst("editMode")).isEqualTo("READ_ONLY");
        assertThat(p.getConfig().getFirst("usernameLDAPAttribute")).isEqualTo("uid");
        assertThat(p.getConfig().getFirst("bindCredential")).isEqualTo("secret");
        DirectoryFederation.Settings ad = new DirectoryFederation.Settings("hospital", "ldaps://dc.hospital.org",
                "cn=svc,dc=h", "secret", "ou=people,dc=h", "ou=groups,dc=h", Map.of(), "ad", false, null);
        assertThat(DirectoryFederation.provider(ad, "r").getConfig().getFirst("usernameLDAPAttribute")).isEqualTo("sAMAccountName");
        assertThat(DirectoryFederation.groupMapper(ad, "p").getConfig().getFirst("group.object.classes")).isEqualTo("group");
        assertThatThrownBy(() -> new DirectoryFederation.Settings("h", "http://dc", "cn=a", "s", "ou=p", "ou=g", Map.of(), null, false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ldap://");
    }

    @Test
    void theBindPasswordComesFromAFileNeverFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bind");
        Files.writeString(file, "s3cret-from-file\n");
        DirectoryFederation.Settings s = RealmTool.directory(Map.of("url", "ldap://127.0.0.1:19389", "bind-dn", "cn=admin,dc=h",
                "bind-credential-file", file.toString(), "users-dn", "ou=people,dc=h", "groups-dn", "ou=groups,dc=h",
                "group-roles", "clinicians=clinician, auditors=auditor"), "hospital");
        assertThat(s.bindCredential()).isEqualTo("s3cret-from-file");
        assertThat(s.groupRoles()).containsEntry("clinicians", "clinician").containsEntry("auditors", "auditor");
        assertThatThrownBy(() -> RealmTool.directory(Map.of("url", "ldap://h", "bind-credential", "x"), "hospital"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bind-credential-file");
        assertThatThrownBy(() -> RealmTool.directory(Map.of("url", "ldap://h", "bind-credential-file", file.toString(),
                "bind-dn", "cn=a", "users-dn", "ou=p", "groups-dn", "ou=g", "group-roles", "clinicians"), "hospital"))
                .hasMessageContaining("group=role");
        assertThat(List.of(s.url())).containsExactly("ldap://127.0.0.1:19389");
    }
}
