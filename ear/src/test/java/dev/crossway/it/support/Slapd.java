package dev.crossway.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A hospital directory for the test: Debian's OpenLDAP {@code slapd} (installed by
 * {@code ./crossway test} when missing), with its own configuration and database in a temporary
 * directory, loaded with {@code slapadd}, listening on loopback port {@value #PORT} only, stopped by
 * its process id when closed.
 */
public final class Slapd implements AutoCloseable {

    public static final int PORT = 19389;
    public static final String SUFFIX = "dc=hospital,dc=test";
    public static final String BIND_DN = "cn=admin," + SUFFIX;
    public static final String PEOPLE = "ou=people," + SUFFIX;
    public static final String GROUPS = "ou=groups," + SUFFIX;

    private final Process process;
    private final Path dir;

    private Slapd(Process process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    public String url() {
        return "ldap://127.0.0.1:" + PORT;
    }

    public Path dir() {
        return dir;
    }

    /** Starts a directory holding {@code ldif} below the suffix; the bind DN's password is {@code bindPassword}. */
    public static Slapd start(String bindPassword, String ldif) throws IOException, InterruptedException {
        Path slapd = Path.of("/usr/sbin/slapd");
        if (!Files.isExecutable(slapd)) {
            throw new IllegalStateException("OpenLDAP's slapd is needed (apt-get install slapd): ./crossway test installs it");
        }
        Path dir = Files.createTempDirectory("crossway-slapd");
        Files.createDirectories(dir.resolve("db"));
        Path conf = dir.resolve("slapd.conf");
        Files.writeString(conf, String.join("\n",
                "include /etc/ldap/schema/core.schema",
                "include /etc/ldap/schema/cosine.schema",
                "include /etc/ldap/schema/inetorgperson.schema",
                "include /etc/ldap/schema/nis.schema",
                "pidfile " + dir.resolve("slapd.pid"),
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "database mdb",
                "maxsize 10485760",
                "suffix \"" + SUFFIX + "\"",
                "rootdn \"" + BIND_DN + "\"",
                "rootpw " + bindPassword,
                "directory " + dir.resolve("db"), ""));
        Path data = dir.resolve("data.ldif");
        Files.writeString(data, """
                dn: %s
                objectClass: dcObject
                objectClass: organization
                o: Hospital
                dc: hospital

                dn: %s
                objectClass: organizationalUnit
                ou: people

                dn: %s
                objectClass: organizationalUnit
                ou: groups

                """.formatted(SUFFIX, PEOPLE, GROUPS) + ldif);
        Process load = new ProcessBuilder("/usr/sbin/slapadd", "-f", conf.toString(), "-l", data.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("slapadd.log").toFile()).start();
        if (load.waitFor() != 0) {
            throw new IllegalStateException("slapadd failed: " + Files.readString(dir.resolve("slapadd.log")));
        }
        // -d keeps slapd in the foreground, so that this process is slapd itself and is stopped by its id
        Process p = new ProcessBuilder(List.of(slapd.toString(), "-h", "ldap://127.0.0.1:" + PORT + "/", "-f", conf.toString(), "-d", "0"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("slapd.log").toFile()).start();
        Slapd started = new Slapd(p, dir);
        try {
            Api.await(Duration.ofSeconds(20), () -> {
                if (!p.isAlive()) {
                    throw new IllegalStateException("slapd stopped: " + read(dir.resolve("slapd.log")));
                }
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", PORT), 500);
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }, "slapd listening on " + PORT);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        return started;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
