package dev.crossway.responder.domain.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * What the identity cache held for a key, and the generation of the key's blocks as it was when
 * looked up. An answer computed after a miss is cached under that generation ({@link
 * IdentityStore#put}): if a patient of those blocks changed while the index was being read, the
 * generation has moved on and the entry is never served. {@code nanoTime} is when it was taken
 * ({@link System#nanoTime()}): a lookup too old to vouch for its generation is not cached.
 */
public record Lookup(IdentityKey key, Optional<CachedMatch> cached, String generation, long nanoTime) {

    public Lookup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(cached, "cached");
        Objects.requireNonNull(generation, "generation");
    }
}
