package dev.crossway.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Directory steps several tests share: run an import or sync to its end. */
public final class Directory {

    private Directory() {
    }

    /** Waits until the run leaves Running and returns its final state. */
    public static JsonNode awaitRun(String id, Duration timeout) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Api.await(timeout, () -> {
            Api.Reply r = Api.get("admin/directory/imports/" + id, Tokens.admin());
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            last.set(r.json());
            return !"Running".equals(r.json().path("Status").asText());
        }, "directory run " + id);
        return last.get();
    }

    public static JsonNode importBundle(String body, String contentType) {
        Api.Reply r = Api.post("admin/directory/imports", Tokens.admin(), body, contentType);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().path("Status").asText()).isEqualTo("Running");
        return awaitRun(r.json().path("ID").asText(), Duration.ofSeconds(60));
    }

    public static JsonNode query(String body) {
        Api.Reply r = Api.post("Organization/Query", Tokens.partner(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
