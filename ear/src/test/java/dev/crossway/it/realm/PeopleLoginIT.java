package dev.crossway.it.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.KeycloakAdmin;
import dev.crossway.it.support.KeycloakLogin;
import dev.crossway.it.support.KeycloakLogin.Step;
import dev.crossway.it.support.RealmToolRun;
import dev.crossway.it.support.Slapd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People log in the hospital's way, on the realm the realm tool applied: administrators need a
 * second factor, guessing passwords locks the account, weak passwords are refused, and the
 * hospital's directory (a real OpenLDAP on loopback) is where people and their groups come from.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleLoginIT {

    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String OTP_SECRET = "crossway-it-otp-secret-01";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    private static String person(String username, String extra) {
        return """
                {"username": "%s", "enabled": true, "firstName": "Test", "lastName": "Person", "email": "%s@hospital.test",
                 "emailVerified": true, "credentials": [{"type": "password", "value": "%s", "temporary": false}%s]}"""
                .formatted(username, username, PASSWORD, extra);
    }

    private static String unique(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(100000, 999999);
    }

    @Test
    void anAdministratorMustSetUpASecondFactorAndOneWhoHasItIsAskedForTheCodeWhileAClinicianIsNot() {
        String fresh = unique("it.admin.");
        KeycloakAdmin.grantRealmRole(KeycloakAdmin.createUser(person(fresh, "")), "admin");
        KeycloakLogin first = new KeycloakLogin();
        assertThat(first.login(fresh, PASSWORD)).as("a password alone does not let an administrator in")
                .isEqualTo(Step.SET_UP_AUTHENTICATOR);

        String withOtp = unique("it.otp-admin.");
        // an authenticator whose secret the test knows, as a phone's app would hold it
        String otp = """
                , {"type": "otp", "userLabel": "phone", "secretData": "{\\"value\\":\\"%s\\"}",
                   "credentialData": "{\\"subType\\":\\"totp\\",\\"digits\\":6,\\"counter\\":0,\\"period\\":30,\\"algorithm\\":\\"HmacSHA1\\"}"}"""
                .formatted(OTP_SECRET);
        KeycloakAdmin.grantRealmRole(KeycloakAdmin.createUser(person(withOtp, otp)), "admin");
        KeycloakLogin login = new KeycloakLogin();
        assertThat(login.login(withOtp, PASSWORD)).isEqualTo(Step.ONE_TIME_PASSWORD);
        assertThat(login.oneTimePassword(OTP_SECRET.getBytes(StandardCharsets.UTF_8))).isEqualTo(Step.LOGGED_IN);
        assertThat(login.accessTokenClaims().path("realm_access").path("roles").toString()).contains("\"admin\"");

        String clinician = unique("it.clinician.");
        KeycloakAdmin.grantRealmRole(KeycloakAdmin.createUser(person(clinician, "")), "clinician");
        assertThat(new KeycloakLogin().login(clinician, PASSWORD)).as("a clinician logs in with the password").isEqualTo(Step.LOGGED_IN);
    }

    @Test
    void guessingPasswordsLocksTheAccountEvenAgainstTheRightPassword() {
        String target = unique("it.target.");
        String id = KeycloakAdmin.createUser(person(target, ""));
        KeycloakAdmin.grantRealmRole(id, "clinician");
        for (int i = 0; i < 5; i++) {
            assertThat(new KeycloakLogin().login(target, "wrong-guess-" + i)).isEqualTo(Step.REFUSED);
        }
        KeycloakLogin right = new KeycloakLogin();
        assertThat(right.login(target, PASSWORD)).as("locked out: the right password is refused too").isEqualTo(Step.REFUSED);
        JsonNode status = KeycloakAdmin.get("attack-detection/brute-force/users/" + id).json();
        assertThat(status.path("disabled").asBoolean()).as(status.toString()).isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedByThePolicy() {
        KeycloakAdmin.Reply r = KeycloakAdmin.post("users", """
                {"username": "%s", "enabled": true, "credentials": [{"type": "password", "value": "short1", "temporary": false}]}"""
                .formatted(unique("it.weak.")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("invalidPasswordMinLengthMessage");
    }

    @Test
    void aDirectoryUserInAMappedGroupLogsInWithTheDirectoryPasswordAndIsAClinicianWithTheDirectorysRole() throws Exception {
        String ldif = """
                dn: uid=jdoe,%1$s
                objectClass: inetOrgPerson
                uid: jdoe
                cn: Jane Doe
                sn: Doe
                givenName: Jane
                mail: jdoe@hospital.test
                employeeType: 309343006
                userPassword: directory-pass-1

                dn: uid=visitor,%1$s
                objectClass: inetOrgPerson
                uid: visitor
                cn: Vic Visitor
                sn: Visitor
                userPassword: directory-pass-2

                dn: cn=clinicians,%2$s
                objectClass: groupOfNames
                cn: clinicians
                member: uid=jdoe,%1$s

                dn: cn=volunteers,%2$s
                objectClass: groupOfNames
                cn: volunteers
                member: uid=visitor,%1$s
                """.formatted(Slapd.PEOPLE, Slapd.GROUPS);
        String bindPassword = "bind-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        try (Slapd directory = Slapd.start(bindPassword, ldif)) {
            Path credential = directory.dir().resolve("bind-credential");
            Files.writeString(credential, bindPassword + "\n");
            Files.setPosixFilePermissions(credential, PosixFilePermissions.fromString("rw-------"));
            try {
                RealmToolRun.Result applied = RealmToolRun.run("directory", "--name", "it-directory", "--url", directory.url(),
                        "--bind-dn", Slapd.BIND_DN, "--bind-credential-file", credential.toString(), "--users-dn", Slapd.PEOPLE,
                        "--groups-dn", Slapd.GROUPS, "--group-roles", "clinicians=clinician", "--role-attribute", "employeeType");
                assertThat(applied.exit()).as(applied.output()).isZero();
                assertThat(applied.output()).contains("directory group clinicians -> role clinician").doesNotContain(bindPassword);

                KeycloakLogin jane = new KeycloakLogin();
                assertThat(jane.login("jdoe", "directory-pass-1")).as(jane.page()).isEqualTo(Step.LOGGED_IN);
                JsonNode token = jane.accessTokenClaims();
                assertThat(token.path("realm_access").path("roles").toString()).contains("\"clinician\"");
                assertThat(token.path("crossway_role").asText()).as("the network role from the directory").isEqualTo("309343006");

                assertThat(new KeycloakLogin().login("jdoe", "not-her-password")).isEqualTo(Step.REFUSED);
                KeycloakLogin vic = new KeycloakLogin();
                assertThat(vic.login("visitor", "directory-pass-2")).isEqualTo(Step.LOGGED_IN);
                assertThat(vic.accessTokenClaims().path("realm_access").path("roles").toString())
                        .as("an unmapped group gives no Crossway role").doesNotContain("clinician").doesNotContain("admin");
            } finally {
                RealmToolRun.run("directory", "--remove", "--name", "it-directory");
            }
        }
    }
}
