package dev.crossway.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's API examples, exactly as printed: every {@code ```sh} block that gets the sandbox
 * token or calls {@code /api/v1/} is run, in order, in one bash (so {@code $TOKEN} carries over),
 * against the running server; each call must answer Redox JSON, never an error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmeExamplesIT {

    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void network() throws Exception {
        Sandbox.ready();
    }

    static List<String> apiBlocks(String readme) {
        List<String> blocks = new ArrayList<>();
        Matcher m = SH_BLOCK.matcher(readme);
        while (m.find()) {
            String block = m.group(1);
            if (block.contains("/api/v1/") || block.contains("openid-connect/token")) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    @Test
    void everyApiExampleOfTheReadmeRunsAsPrinted() throws IOException, InterruptedException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        List<String> blocks = apiBlocks(readme);
        long calls = blocks.stream().filter(b -> b.contains("/api/v1/")).count();
        assertThat(calls).as("the README shows API calls").isGreaterThanOrEqualTo(2);
        StringBuilder script = new StringBuilder("set -e\n");
        for (String block : blocks) {
            script.append(block).append("\necho\necho '---'\n");
        }
        Process p = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as(out).doesNotContain("\"Errors\"");
        assertThat(out.split("\"Meta\"", -1).length - 1).as(out).isGreaterThanOrEqualTo((int) calls);
    }
}
