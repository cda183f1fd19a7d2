package dev.crossway.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxAccountsTest {

    static final SandboxAccounts PRODUCTION = new SandboxAccounts(false);
    static final SandboxAccounts SANDBOX = new SandboxAccounts(true);

    @Test
    void aSandboxPortalUserIsRefusedOutsideASandbox() {
        assertThat(PRODUCTION.refuses("admin", Set.of("admin", "sandbox")::contains)).isTrue();
        assertThat(PRODUCTION.refuses("auditor", Set.of("auditor", "sandbox")::contains)).isTrue();
    }

    @Test
    void aSandboxApiClientIsRefusedOutsideASandbox() {
        assertThat(PRODUCTION.refuses("service-account-sandbox-partner", Set.of("partner")::contains)).isTrue();
    }

    @Test
    void aRealUserCalledAdminIsNotRefused() {
        assertThat(PRODUCTION.refuses("admin", Set.of("admin")::contains)).isFalse();
        assertThat(PRODUCTION.refuses("service-account-acme", Set.of("partner")::contains)).isFalse();
    }

    @Test
    void inASandboxTheSandboxAccountsAreLetIn() {
        assertThat(SANDBOX.refuses("admin", Set.of("admin", "sandbox")::contains)).isFalse();
        assertThat(SANDBOX.refuses("service-account-sandbox-partner", Set.of("partner")::contains)).isFalse();
    }
}
