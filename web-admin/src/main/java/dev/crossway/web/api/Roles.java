package dev.crossway.web.api;

/** The realm roles of {@code realm-config/src/main/resources/realm/crossway-realm.json}. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
