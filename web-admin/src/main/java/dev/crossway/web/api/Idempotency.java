package dev.crossway.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.crossway.responder.application.IdempotentReplies;
import dev.crossway.web.api.error.ApiError;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header on any POST: the first successful answer is kept for 24 hours
 * (per caller and key, in the database so that every cluster node replays it) and a resend with
 * the same key and the same body gets that answer again, marked {@code Idempotency-Replayed: true},
 * without running the call twice. The same key with a different body is refused (422
 * {@code IdempotencyKeyReused}): it is a client bug, not a retry. Errors are not kept, so a retry
 * after a failure runs again.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class Idempotency implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    /** What a write did: CREATED, UPDATED or UNCHANGED. */
    public static final String OUTCOME_HEADER = "X-Crossway-Outcome";
    private static final String PENDING = Idempotency.class.getName();
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private record Pending(String caller, String key, String hash) {
    }

    @Inject
    IdempotentReplies replies;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            request.abortWith(ApiError.response(Response.Status.BAD_REQUEST, "InvalidRequest",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters", HEADER));
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        String caller = request.getSecurityContext().getUserPrincipal().getName();
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = sha256(request.getUriInfo().getPath(), body);
        Optional<IdempotentReplies.Reply> kept = replies.find(caller, key);
        if (kept.isPresent()) {
            IdempotentReplies.Reply r = kept.get();
            request.abortWith(r.requestHash().equals(hash)
                    ? Response.status(r.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(r.body())
                            .header(REPLAYED_HEADER, "true").header(OUTCOME_HEADER, r.outcome()).build()
                    : ApiError.response(422, "IdempotencyKeyReused",
                            "this Idempotency-Key was used for a different request in the last 24 hours", HEADER));
            return;
        }
        request.setProperty(PENDING, new Pending(caller, key, hash));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PENDING) instanceof Pending p) || response.getStatus() / 100 != 2 || !response.hasEntity()) {
            return;
        }
        String body;
        try {
            body = JsonConfiguration.MAPPER.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            return;
        }
        replies.keep(p.caller(), p.key(), new IdempotentReplies.Reply(p.hash(), response.getStatus(),
                response.getHeaderString(OUTCOME_HEADER), body));
    }

    private static String sha256(String path, byte[] body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(path.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(body);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
