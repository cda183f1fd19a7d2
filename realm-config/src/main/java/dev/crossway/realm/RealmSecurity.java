package dev.crossway.realm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * How people log in, as a hospital expects: brute-force detection (a user is locked out for a
 * growing while after {@code failureFactor} wrong passwords), a password policy, and a one-time
 * password (TOTP) required of every user with the realm role {@code otpRole}. The OTP rule is a
 * browser flow of Crossway's own, built from Keycloak's authenticators and bound as the realm's
 * browser flow: cookie, identity-provider redirector (brokering), then username and password, then
 * the OTP form when the user holds {@code otpRole} (an administrator without an authenticator yet is
 * made to set one up at the next login), or when they set one up themselves.
 * <p>
 * In a sandbox installation only, the flow exempts users holding the {@code sandbox} role: their
 * credentials are published in the README, a second factor on a published secret protects nothing,
 * and Crossway refuses them outside a sandbox anyway. The sandbox flow has its own alias, so a
 * realm applied once as a sandbox and then for production gets the strict flow.
 */
final class RealmSecurity {

    static final String FLOW = "crossway browser";
    static final String SANDBOX_FLOW = "crossway browser sandbox";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(Integer failureFactor, Integer waitIncrementSeconds, Integer maxFailureWaitSeconds,
                    Integer maxDeltaTimeSeconds, Integer quickLoginCheckMilliSeconds, Integer minimumQuickLoginWaitSeconds,
                    String passwordPolicy, String otpRole) {
    }

    private final RealmResource realm;
    private final Consumer<String> log;

    RealmSecurity(RealmResource realm, Consumer<String> log) {
        this.realm = realm;
        this.log = log;
    }

    /** Brute-force detection and the password policy (null leaves the policy out: see {@link RealmApplier}). */
    void applyRealmSettings(Settings s, String passwordPolicy) {
        RealmRepresentation rep = realm.toRepresentation();
        rep.setBruteForceProtected(true);
        rep.setPermanentLockout(false);
        rep.setFailureFactor(s.failureFactor());
        rep.setWaitIncrementSeconds(s.waitIncrementSeconds());
        rep.setMaxFailureWaitSeconds(s.maxFailureWaitSeconds());
        rep.setMaxDeltaTimeSeconds(s.maxDeltaTimeSeconds());
        rep.setQuickLoginCheckMilliSeconds(s.quickLoginCheckMilliSeconds() == null ? null : s.quickLoginCheckMilliSeconds().longValue());
        rep.setMinimumQuickLoginWaitSeconds(s.minimumQuickLoginWaitSeconds());
        rep.setPasswordPolicy(passwordPolicy);
        realm.update(rep);
        log.accept("brute-force detection on (lockout after " + s.failureFactor() + " failures); password policy: "
                + (passwordPolicy == null ? "none for now" : passwordPolicy));
    }

    /** Builds Crossway's browser flow when missing and binds it as the realm's browser flow. */
    void applyBrowserFlow(Settings s, boolean sandbox) {
        String alias = sandbox ? SANDBOX_FLOW : FLOW;
        AuthenticationManagementResource flows = realm.flows();
        boolean exists = flows.getFlows().stream().anyMatch(f -> alias.equals(f.getAlias()));
        if (!exists) {
            try {
                build(flows, alias, s.otpRole(), sandbox);
            } catch (RuntimeException e) {
                // never leave a half-built flow behind: the next apply builds it whole
                flows.getFlows().stream().filter(f -> alias.equals(f.getAlias())).forEach(f -> flows.deleteFlow(f.getId()));
                throw e;
            }
            log.accept("authentication flow '" + alias + "' created: one-time password required for role " + s.otpRole()
                    + (sandbox ? " (sandbox users exempt)" : ""));
        }
        RealmRepresentation rep = realm.toRepresentation();
        if (!alias.equals(rep.getBrowserFlow())) {
            rep.setBrowserFlow(alias);
            realm.update(rep);
            log.accept("browser flow: " + alias);
        }
    }

    private void build(AuthenticationManagementResource flows, String alias, String otpRole, boolean sandbox) {
        AuthenticationFlowRepresentation top = new AuthenticationFlowRepresentation();
        top.setAlias(alias);
        top.setDescription("Crossway: password, then a one-time password for " + otpRole + " (and whoever set one up)");
        top.setProviderId("basic-flow");
        top.setTopLevel(true);
        top.setBuiltIn(false);
        Clients.created(flows.createFlow(top), "flow " + alias);

        String forms = alias + " forms";
        String adminOtp = alias + " " + otpRole + " otp";
        String userOtp = alias + " user otp";
        execution(flows, alias, "auth-cookie", "ALTERNATIVE");
        execution(flows, alias, "identity-provider-redirector", "ALTERNATIVE");
        subflow(flows, alias, forms, "ALTERNATIVE");
        execution(flows, alias, forms, "auth-username-password-form", "REQUIRED");
        subflow(flows, alias, forms, adminOtp, "CONDITIONAL");
        condition(flows, alias, adminOtp, otpRole, false);
        if (sandbox) {
            condition(flows, alias, adminOtp, "sandbox", true);
        }
        execution(flows, alias, adminOtp, "auth-otp-form", "REQUIRED");
        // a person who is not otpRole but set up an authenticator themselves is asked for it too
        subflow(flows, alias, forms, userOtp, "CONDITIONAL");
        condition(flows, alias, userOtp, otpRole, true);
        execution(flows, alias, userOtp, "conditional-user-configured", "REQUIRED");
        execution(flows, alias, userOtp, "auth-otp-form", "REQUIRED");
    }

    private static void subflow(AuthenticationManagementResource flows, String top, String alias, String requirement) {
        subflow(flows, top, top, alias, requirement);
    }

    private static void subflow(AuthenticationManagementResource flows, String top, String parent, String alias, String requirement) {
        List<String> before = ids(flows, top);
        flows.addExecutionFlow(parent, Map.of("alias", alias, "type", "basic-flow", "provider", "registration-page-form",
                "description", alias));
        require(flows, top, before, requirement);
    }

    private static void execution(AuthenticationManagementResource flows, String top, String provider, String requirement) {
        execution(flows, top, top, provider, requirement);
    }

    private static String execution(AuthenticationManagementResource flows, String top, String parent, String provider, String requirement) {
        List<String> before = ids(flows, top);
        flows.addExecution(parent, Map.of("provider", provider));
        return require(flows, top, before, requirement);
    }

    /** A "user has role" condition ({@code negate}: "user has not"), in the subflow {@code parent}. */
    private static void condition(AuthenticationManagementResource flows, String top, String parent, String role, boolean negate) {
        String id = execution(flows, top, parent, "conditional-user-role", "REQUIRED");
        AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
        config.setAlias(parent + (negate ? " not " : " ") + role);
        Map<String, String> values = new HashMap<>();
        values.put("condUserRole", role);
        values.put("negate", Boolean.toString(negate));
        config.setConfig(values);
        Clients.created(flows.newExecutionConfig(id, config), "condition " + config.getAlias());
    }

    private static List<String> ids(AuthenticationManagementResource flows, String top) {
        return flows.getExecutions(top).stream().map(AuthenticationExecutionInfoRepresentation::getId).toList();
    }

    /** Sets the requirement of the execution added since {@code before} (Keycloak gives each its own default). */
    private static String require(AuthenticationManagementResource flows, String top, List<String> before, String requirement) {
        AuthenticationExecutionInfoRepresentation e = flows.getExecutions(top).stream().filter(x -> !before.contains(x.getId()))
                .findFirst().orElseThrow(() -> new IllegalStateException("execution just added to " + top + " not found"));
        e.setRequirement(requirement);
        flows.updateExecutions(top, e);
        return e.getId();
    }
}
