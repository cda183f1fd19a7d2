import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java half of bin/crossway-admin (lib/crossway-admin.jar): what needs the JDK's TLS, key stores
 * and the JDBC driver the server itself uses, so that the checks see what the server will see.
 * Settings and secrets come from the environment only (bin/crossway-admin has loaded them).
 *
 *   connectivity    the database as the application and as the migration user; Keycloak's realm and its issuer
 *   certificates    every certificate of the installation's own files: role, subject, expiry, days left
 *
 * Prints one line per finding, "ok", "warn" or "FAIL" first; exits 1 when one failed.
 */
public final class Admin {

    private static final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "connectivity" -> {
                database("application", env("CROSSWAY_DB_USER"), env("CROSSWAY_DB_PASSWORD"));
                String migrator = env("CROSSWAY_DB_MIGRATION_USER");
                if (!migrator.isEmpty() && !migrator.equals(env("CROSSWAY_DB_USER"))) {
                    database("migration", migrator, env("CROSSWAY_DB_MIGRATION_PASSWORD"));
                }
                keycloak(env("CROSSWAY_OIDC_PROVIDER_URL"));
            }
            case "certificates" -> certificates(args.length > 1 ? Integer.parseInt(args[1]) : 30);
            default -> {
                System.err.println("usage: Admin connectivity | certificates [WARN_DAYS]");
                System.exit(2);
            }
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }

    private static void ok(String what) {
        System.out.println("ok    " + what);
    }

    private static void warn(String what) {
        System.out.println("warn  " + what);
    }

    private static void fail(String what) {
        failures.add(what);
        System.out.println("FAIL  " + what);
    }

    private static void database(String role, String user, String password) {
        String url = env("CROSSWAY_DB_URL");
        if (url.isEmpty()) {
            fail("database: CROSSWAY_DB_URL is not set");
            return;
        }
        DriverManager.setLoginTimeout(10);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT VERSION(), DATABASE()")) {
            r.next();
            ok("database: " + role + " user " + user + " connects to " + r.getString(2) + " (server " + r.getString(1) + ")");
        } catch (SQLException e) {
            // 1044: the account is known but may not use the database. The application's account gets
            // its rights (through its role) from the first deployment's migrations: before that, this is expected
            if (e.getErrorCode() == 1044 && "application".equals(role) && authenticates(url, user, password)) {
                warn("database: application user " + user + " authenticates but has no rights on the database yet;"
                        + " the first deployment grants them to its role (CROSSWAY_DB_APP_ROLE)");
                return;
            }
            fail("database: " + role + " user " + user + " cannot connect: " + e.getMessage());
        }
    }

    /** Whether the account logs in to the server at all (the URL without its database). */
    private static boolean authenticates(String url, String user, String password) {
        String server = url.replaceFirst("^(jdbc:[a-z]+://[^/]+)/[^?]*", "$1/");
        try (Connection c = DriverManager.getConnection(server, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void keycloak(String providerUrl) {
        if (providerUrl.isEmpty()) {
            fail("keycloak: CROSSWAY_OIDC_PROVIDER_URL is not set");
            return;
        }
        if (!providerUrl.startsWith("https://")) {
            warn("keycloak: " + providerUrl + " is not https (tokens and the portal's login would cross the network in clear)");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(providerUrl + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                fail("keycloak: " + providerUrl + " answered HTTP " + r.statusCode() + " (does the realm exist? crossway-admin apply-realm)");
                return;
            }
            Matcher issuer = Pattern.compile("\"issuer\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            if (!issuer.find() || !issuer.group(1).equals(providerUrl)) {
                fail("keycloak: the realm's issuer is " + (issuer.find(0) ? issuer.group(1) : "absent") + ", not " + providerUrl
                        + ": tokens would be refused (start Keycloak with --hostname matching CROSSWAY_OIDC_PROVIDER_URL)");
                return;
            }
            ok("keycloak: realm " + providerUrl + " answers, issuer matches");
        } catch (IOException e) {
            fail("keycloak: " + providerUrl + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void certificates(int warnDays) throws Exception {
        store("TLS server", env("CROSSWAY_TLS_KEYSTORE"), env("CROSSWAY_TLS_KEYSTORE_PASSWORD"), warnDays, true);
        store("TLS trust", env("CROSSWAY_TLS_TRUSTSTORE"), env("CROSSWAY_TLS_TRUSTSTORE_PASSWORD"), warnDays, true);
        if (!env("CROSSWAY_TLS_CLIENT_KEYSTORE").isEmpty()) {
            store("TLS client", env("CROSSWAY_TLS_CLIENT_KEYSTORE"), env("CROSSWAY_TLS_CLIENT_KEYSTORE_PASSWORD"), warnDays, true);
        }
        if (!env("CROSSWAY_TLS_CLIENT_TRUSTSTORE").isEmpty()) {
            store("TLS client trust", env("CROSSWAY_TLS_CLIENT_TRUSTSTORE"), env("CROSSWAY_TLS_CLIENT_TRUSTSTORE_PASSWORD"), warnDays, true);
        }
        String signing = env("CROSSWAY_SIGNING_CERT");
        if (signing.isEmpty()) {
            fail("SAML signing: CROSSWAY_SIGNING_CERT is not set (the deployment refuses to start without it)");
        } else {
            try (InputStream in = Files.newInputStream(Path.of(signing))) {
                List<X509Certificate> chain = new ArrayList<>();
                CertificateFactory.getInstance("X.509").generateCertificates(in).forEach(c -> chain.add((X509Certificate) c));
                if (chain.isEmpty()) {
                    fail("SAML signing: " + signing + " holds no certificate");
                }
                if (!chain.isEmpty()) {
                    report("SAML signing", signing, chain.get(0), warnDays);
                }
            } catch (Exception e) {
                fail("SAML signing: " + signing + " cannot be read: " + e.getMessage());
            }
        }
        if (env("CROSSWAY_SIGNING_KEY").isEmpty() || !Files.isReadable(Path.of(env("CROSSWAY_SIGNING_KEY")))) {
            fail("SAML signing: the key CROSSWAY_SIGNING_KEY is not set or not readable");
        }
        String cluster = env("CROSSWAY_CLUSTER_KEYSTORE");
        if (cluster.isEmpty()) {
            fail("cluster: CROSSWAY_CLUSTER_KEYSTORE is not set (the cluster channel, and so the deployment, cannot start)");
        } else {
            try (InputStream in = Files.newInputStream(Path.of(cluster))) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(in, env("CROSSWAY_CLUSTER_KEYSTORE_PASSWORD").toCharArray());
                String alias = env("CROSSWAY_CLUSTER_KEY_ALIAS").isEmpty() ? "cluster" : env("CROSSWAY_CLUSTER_KEY_ALIAS");
                if (ks.containsAlias(alias)) {
                    ok("cluster: key store " + cluster + " opens and holds the key '" + alias + "'");
                } else {
                    fail("cluster: key store " + cluster + " has no key '" + alias + "'");
                }
            } catch (Exception e) {
                fail("cluster: key store " + cluster + " cannot be opened with CROSSWAY_CLUSTER_KEYSTORE_PASSWORD: " + e.getMessage());
            }
        }
    }

    private static void store(String role, String file, String password, int warnDays, boolean required) {
        if (file.isEmpty()) {
            if (required) {
                fail(role + ": not set (required outside the sandbox)");
            }
            return;
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            if (ks.size() == 0) {
                fail(role + ": " + file + " is empty");
            }
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.getCertificate(alias) instanceof X509Certificate c) {
                    report(role, file + " (" + alias + ")", c, warnDays);
                }
            }
        } catch (Exception e) {
            fail(role + ": " + file + " cannot be opened with its password: " + e.getMessage());
        }
    }

    private static void report(String role, String where, X509Certificate c, int warnDays) {
        long days = Duration.between(Instant.now(), c.getNotAfter().toInstant()).toDays();
        String line = role + ": " + c.getSubjectX500Principal().getName() + " in " + where + ", valid until "
                + c.getNotAfter().toInstant() + " (" + days + " days)";
        if (c.getNotAfter().toInstant().isBefore(Instant.now())) {
            fail(line + " EXPIRED");
        } else if (c.getNotBefore().toInstant().isAfter(Instant.now())) {
            fail(line + " NOT YET VALID");
        } else if (days < warnDays) {
            warn(line + " expires within " + warnDays + " days");
        } else {
            ok(line);
        }
    }
}
