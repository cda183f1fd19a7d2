package dev.crossway.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs the realm tool the build produced ({@code realm-config/target/realm-config-*-tool.jar}) as an operator would. */
public final class RealmToolRun {

    public record Result(int exit, String output) {
    }

    private RealmToolRun() {
    }

    public static Result run(String... args) throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("crossway.realm-tool.dir", "../realm-config/target")).toAbsolutePath().normalize();
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(p -> p.getFileName().toString().matches("realm-config-.*-tool\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no realm tool jar in " + target));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--server", Servers.KEYCLOAK.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // the administrator's password from the environment, as the tool documents: never on the command line
        pb.environment().put("KC_ADMIN_PASSWORD", KeycloakAdmin.password());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
