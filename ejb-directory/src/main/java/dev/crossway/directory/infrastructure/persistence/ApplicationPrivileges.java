package dev.crossway.directory.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * What the application's database account may do, granted by the schema's owner (the migration
 * user) after every migration, as a Flyway {@code afterMigrate} callback on the migration's own
 * connection.
 *
 * <p>The application connects as a user whose only rights come through one role. MariaDB's
 * grants add up, so that role holds no database-wide grant: every table is granted on its own,
 * {@code SELECT, INSERT, UPDATE, DELETE}, and an audit table (one whose name contains
 * {@code audit}) only {@code SELECT, INSERT}. The application therefore cannot alter or drop a
 * table, create or drop a trigger, rewrite the audit trail, or touch Flyway's history tables. A
 * table added by a later migration is granted by the same callback, in the same run.
 */
public final class ApplicationPrivileges extends BaseCallback {

    /** No grants: the application and the migrations use one account (a development database). */
    public static final ApplicationPrivileges NONE = new ApplicationPrivileges(null);

    private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z0-9_]{1,80}");

    private final String role;

    private ApplicationPrivileges(String role) {
        this.role = role;
    }

    /** Grants to {@code role}, the role every application account has as its default role. */
    public static ApplicationPrivileges toRole(String role) {
        Objects.requireNonNull(role, "role");
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("the application's database role must be letters, digits and '_' (CROSSWAY_DB_APP_ROLE): " + role);
        }
        return new ApplicationPrivileges(role);
    }

    /**
     * The grants for an application that connects as {@code appUser} (a user name, no host) while
     * migrations run through {@code owner}: none when both are the same account; otherwise
     * {@code role} must name the application's role, or the deployment stops here saying so. (The
     * application's account is named, not asked: before the first migration it has no right in
     * the database at all, not even to connect to it.)
     */
    public static ApplicationPrivileges forApplication(String appUser, DataSource owner, String role) {
        String ownerUser = user(owner);
        if (appUser == null || appUser.isBlank() || appUser.equals(ownerUser)) {
            return NONE;
        }
        if (role == null || role.isBlank()) {
            throw new IllegalStateException("the migrations run as " + ownerUser + " and the application as " + appUser
                    + ", but no application role is set: set CROSSWAY_DB_APP_ROLE to the role that " + appUser
                    + " has as its default role (docs/OPERATIONS.md, Database users)");
        }
        return toRole(role);
    }

    /** The audit trail is append-only for the application: it reads and adds, never changes. */
    static String privilegesFor(String table) {
        return table.toLowerCase(Locale.ROOT).contains("audit") ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
    }

    @Override
    public boolean supports(Event event, Context context) {
        return role != null && event == Event.AFTER_MIGRATE;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grant(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant the application's role '" + role
                    + "' its rights (does the role exist, and may the migration user grant? docs/OPERATIONS.md): " + e.getMessage(), e);
        }
    }

    /** Grants every table of the connection's schema (except Flyway's history) to the role. */
    public void grant(Connection owner) throws SQLException {
        List<String> tables;
        try (Statement s = owner.createStatement()) {
            tables = tables(s);
        }
        grant(owner, tables);
    }

    /**
     * Grants each of {@code tables}; one that no longer exists (or is not yet usable) when its turn
     * comes is passed over. The modules migrate at once at deployment, each in its own singleton,
     * and each module's callback grants the whole schema: a table another module is creating or
     * replacing can be listed and gone (MariaDB error 1146) a moment later. It is granted all the
     * same, by the callback that ends its own module's migration.
     */
    public void grant(Connection owner, List<String> tables) throws SQLException {
        try (Statement s = owner.createStatement()) {
            for (String table : tables) {
                try {
                    s.execute("GRANT " + privilegesFor(table) + " ON " + quoted(table) + " TO '" + role + "'");
                } catch (SQLException e) {
                    if (e.getErrorCode() != NO_SUCH_TABLE) {
                        throw e;
                    }
                }
            }
        }
    }

    /** MariaDB/MySQL ER_NO_SUCH_TABLE. */
    private static final int NO_SUCH_TABLE = 1146;

    private static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway\\_%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static String quoted(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static String user(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database as the migration user: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "application-privileges";
    }
}
