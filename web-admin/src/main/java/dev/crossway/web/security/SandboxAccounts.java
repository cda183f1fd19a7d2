package dev.crossway.web.security;

import dev.crossway.interop.config.Setting;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The sandbox's published accounts: the API clients {@code sandbox-*} (their service-account users
 * are {@code service-account-sandbox-*}) and the portal users the realm tool creates with
 * {@code --sandbox} ({@code admin/admin}, {@code auditor/auditor}), which carry the realm role
 * {@code sandbox}. Their passwords and secrets are in the README: outside a sandbox installation
 * ({@code crossway.sandbox=false}, the default) every one of them is refused, on the API and in the
 * portal alike. A user is recognised by the role, not by the name, so that a real user who happens
 * to be called {@code admin} is not refused.
 */
public final class SandboxAccounts {

    /** The realm role the realm tool gives to each sandbox user. */
    public static final String ROLE = "sandbox";
    static final String CLIENT_ACCOUNT_PREFIX = "service-account-sandbox-";

    private final boolean sandboxInstallation;

    public SandboxAccounts(boolean sandboxInstallation) {
        this.sandboxInstallation = sandboxInstallation;
    }

    /** As this installation is configured ({@code crossway.sandbox}). */
    public static SandboxAccounts configured() {
        return new SandboxAccounts(Setting.sandbox());
    }

    /** Whether the account {@code name}, holding the roles {@code hasRole} answers for, is refused here. */
    public boolean refuses(String name, Predicate<String> hasRole) {
        Objects.requireNonNull(name, "name");
        if (sandboxInstallation) {
            return false;
        }
        return name.startsWith(CLIENT_ACCOUNT_PREFIX) || hasRole.test(ROLE);
    }
}
