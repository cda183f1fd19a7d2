package dev.crossway.realm;

import java.util.HashMap;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * Command line: {@code java -jar realm-config-tool.jar apply|onboard-partner [--option value]...}.
 * Options: --server (default http://localhost:8180), --admin-user, --portal-url, --sandbox,
 * --client-id, --name, and the grants: --communities, --organizations, --purposes, --roles (comma-separated;
 * {@code *} grants every value) and --initiate (true/false). {@code grants --client-id ID} prints a partner's
 * grants, {@code set-grants --client-id ID ...} replaces them. {@code set-user-role --username U --role CODE}
 * gives a person their network role ({@link SubjectRoles}); {@code directory ...} federates the hospital's
 * LDAP / Active Directory ({@link DirectoryFederation}; the bind password from {@code --bind-credential-file}).
 * Secrets only from the environment or files ({@link Secrets}): KC_ADMIN_PASSWORD, CROSSWAY_PORTAL_SECRET,
 * CROSSWAY_MANAGER_SECRET, or each with {@code _FILE} naming a file that holds it.
 */
public final class RealmTool {

    private RealmTool() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Map<String, String> opts = options(args);
        Secrets secrets = new Secrets(System.getenv());
        Secrets.refusal(opts.keySet()).ifPresent(refusal -> {
            System.err.println(refusal);
            System.exit(2);
        });
        String server = opts.getOrDefault("server", "http://localhost:8180");
        String adminUser = opts.getOrDefault("admin-user", env("KC_ADMIN_USER", "admin"));
        String adminPassword = secrets.get("KC_ADMIN_PASSWORD").orElse(null);
        if (adminPassword == null) {
            System.err.println("the Keycloak administrator password is needed: KC_ADMIN_PASSWORD or KC_ADMIN_PASSWORD_FILE");
            System.exit(2);
        }
        RealmSpec spec = RealmSpec.load();
        try (Keycloak keycloak = KeycloakBuilder.builder().serverUrl(server).realm("master")
                .clientId("admin-cli").username(adminUser).password(adminPassword).build()) {
            switch (args[0]) {
                case "apply" -> {
                    String secret = secrets.get("CROSSWAY_PORTAL_SECRET").orElse(null);
                    if (secret == null || secret.length() < 16) {
                        System.err.println("a portal client secret of 16+ characters is needed: CROSSWAY_PORTAL_SECRET or CROSSWAY_PORTAL_SECRET_FILE");
                        System.exit(2);
                    }
                    String managerSecret = secrets.get("CROSSWAY_MANAGER_SECRET").orElse(null);
                    if (managerSecret == null || managerSecret.length() < 16) {
                        System.err.println("a manager client secret of 16+ characters is needed: CROSSWAY_MANAGER_SECRET or CROSSWAY_MANAGER_SECRET_FILE");
                        System.exit(2);
                    }
                    new RealmApplier(keycloak, System.out::println).apply(spec, new RealmApplier.Options(
                            opts.getOrDefault("portal-url", "http://localhost:8080"), secret, managerSecret,
                            opts.containsKey("sandbox")));
                }
                case "onboard-partner" -> {
                    PartnerOnboarding.Credentials c = new PartnerOnboarding(keycloak, spec.realm())
                            .onboard(opts.get("client-id"), opts.get("name"), grants(opts));
                    System.out.println("client_id=" + c.clientId());
                    System.out.println("client_secret=" + c.clientSecret());
                }
                case "grants" -> System.out.println(new PartnerOnboarding(keycloak, spec.realm()).grants(opts.get("client-id"))
                        .orElseThrow(() -> new IllegalArgumentException("no partner client '" + opts.get("client-id") + "'")).toJson());
                case "set-grants" -> {
                    if (!new PartnerOnboarding(keycloak, spec.realm()).replaceGrants(opts.get("client-id"), grants(opts))) {
                        throw new IllegalArgumentException("no partner client '" + opts.get("client-id") + "'");
                    }
                    System.out.println("grants of " + opts.get("client-id") + " replaced");
                }
                case "set-user-role" -> {
                    var role = SubjectRoles.assign(keycloak.realm(spec.realm()), opts.get("username"), opts.get("role"));
                    System.out.println("user " + opts.get("username") + ": role " + role.code() + " " + role.display());
                }
                case "directory" -> {
                    DirectoryFederation federation = new DirectoryFederation(keycloak.realm(spec.realm()), System.out::println);
                    String name = opts.getOrDefault("name", "hospital-directory");
                    if (opts.containsKey("remove")) {
                        System.out.println(federation.remove(name) ? "directory " + name + " removed" : "no directory " + name);
                    } else {
                        federation.apply(directory(opts, name));
                    }
                }
                default -> {
                    usage();
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("refused: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                continue;
            }
            String key = a.substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            opts.put(key, hasValue ? args[++i] : "true");
        }
        return opts;
    }

    /**
     * The directory's settings; the bind password is read from the file {@code --bind-credential-file}
     * (never given on the command line, where {@code ps} shows it), its trailing newline removed.
     */
    static DirectoryFederation.Settings directory(Map<String, String> opts, String name) {
        String file = opts.get("bind-credential-file");
        if (file == null) {
            throw new IllegalArgumentException("--bind-credential-file is needed (a file holding the bind DN's password)");
        }
        String credential;
        try {
            credential = java.nio.file.Files.readString(java.nio.file.Path.of(file)).strip();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the bind credential file " + file + ": " + e.getMessage());
        }
        java.util.Map<String, String> groupRoles = new java.util.LinkedHashMap<>();
        for (String pair : list(opts.get("group-roles"))) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException("--group-roles takes group=role pairs, comma-separated: '" + pair + "'");
            }
            groupRoles.put(kv[0].trim(), kv[1].trim());
        }
        return new DirectoryFederation.Settings(name, opts.get("url"), opts.get("bind-dn"), credential, opts.get("users-dn"),
                opts.get("groups-dn"), groupRoles, opts.get("vendor"), Boolean.parseBoolean(opts.getOrDefault("start-tls", "false")),
                opts.get("role-attribute"));
    }

    /** The grants given on the command line; none when none are given. */
    static PartnerGrants grants(Map<String, String> opts) {
        return new PartnerGrants(list(opts.get("communities")), list(opts.get("organizations")), list(opts.get("purposes")),
                opts.containsKey("roles") ? list(opts.get("roles")) : null, Boolean.parseBoolean(opts.getOrDefault("initiate", "false")));
    }

    private static java.util.List<String> list(String csv) {
        return csv == null || csv.isBlank() || "true".equals(csv) ? java.util.List.of()
                : java.util.Arrays.stream(csv.split("\\s*,\\s*")).filter(v -> !v.isBlank()).toList();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void usage() {
        System.err.println("usage: realm-config-tool apply [--sandbox] [--server URL] [--portal-url URL]");
        System.err.println("       realm-config-tool onboard-partner --client-id ID [--name NAME] [--communities OID,..] [--organizations OID,..]"
                + " [--purposes TREATMENT,..] [--roles SNOMED,..] [--initiate true|false] [--server URL]");
        System.err.println("       realm-config-tool grants --client-id ID | set-grants --client-id ID [the grants as for onboard-partner]");
        System.err.println("       realm-config-tool set-user-role --username USER --role SNOMED");
        System.err.println("       realm-config-tool directory --url ldap[s]://HOST:PORT --bind-dn DN --bind-credential-file FILE --users-dn DN"
                + " --groups-dn DN --group-roles GROUP=ROLE,.. [--vendor ad|other] [--start-tls true] [--role-attribute ATTR] [--name NAME]");
        System.err.println("       realm-config-tool directory --remove [--name NAME]");
        System.err.println("secrets from the environment, never options: KC_ADMIN_PASSWORD, CROSSWAY_PORTAL_SECRET, CROSSWAY_MANAGER_SECRET"
                + " (or NAME_FILE, a file holding it)");
    }
}
