package dev.crossway.health;

/** The readiness checks, by the names monitoring relies on (docs/OPERATIONS.md, Monitoring). */
public enum Check {
    /** The application's datasource gives a valid connection. */
    DATABASE("database"),
    /** Keycloak's signing keys (the realm's JWKS) can be fetched: tokens can be verified. */
    KEYCLOAK("keycloak"),
    /** None of this installation's own certificates has expired or is unreadable. */
    CERTIFICATES("certificates"),
    /** The last directory sync is not older than its schedule allows. */
    DIRECTORY_SYNC("directory-sync"),
    /** The replicated caches the gateway needs (identity, replay, correlations) are running. */
    CACHES("caches");

    private final String label;

    Check(String label) {
        this.label = label;
    }

    /** The check's name in the health answer. */
    public String label() {
        return label;
    }
}
