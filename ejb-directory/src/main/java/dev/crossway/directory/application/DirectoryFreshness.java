package dev.crossway.directory.application;

import jakarta.ejb.Local;

/** How recent the local copy of the network's directory is, for the readiness check and the dashboard. */
@Local
public interface DirectoryFreshness {

    SyncFreshness freshness();
}
