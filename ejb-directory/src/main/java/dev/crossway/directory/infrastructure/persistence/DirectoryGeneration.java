package dev.crossway.directory.infrastructure.persistence;

/**
 * A cluster-wide token that changes whenever organizations are written: what tells each node that
 * its in-memory {@link RadiusGrid} is out of date. Implemented over the replicated cache
 * {@code signals} ({@code infrastructure.cache.InfinispanDirectoryGeneration}).
 */
public interface DirectoryGeneration {

    /** The current token; it is different once anything has changed since it was read. */
    String current();

    /** A new token, on every node before it returns. Call it after the change is committed. */
    void advance();
}
