package dev.crossway.responder.application;

import jakarta.ejb.Local;
import java.time.Duration;
import java.util.Optional;

/**
 * The first answer to each write a partner sent with an idempotency key, kept for
 * {@link #RETENTION} so that a resend (an interface engine retrying after a timeout) gets that
 * answer again instead of a second write. Keys are the caller's own: two partners may use the same.
 */
@Local
public interface IdempotentReplies {

    Duration RETENTION = Duration.ofHours(24);

    /** A kept answer: the hash of the request it answered, its status, outcome and body. */
    record Reply(String requestHash, int status, String outcome, String body) {
    }

    /** The answer kept for {@code caller}'s {@code key}, if younger than {@link #RETENTION}. */
    Optional<Reply> find(String caller, String key);

    /** Keeps the first answer for the key (a later one for the same live key is ignored); forgets expired ones. */
    void keep(String caller, String key, Reply reply);
}
