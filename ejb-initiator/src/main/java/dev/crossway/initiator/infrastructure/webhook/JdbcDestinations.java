package dev.crossway.initiator.infrastructure.webhook;

import dev.crossway.initiator.domain.webhook.Destination;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code webhook_destination} table, on the caller's connection (in its transaction). Every
 * read and delete is by owner: {@code owner == null} means every owner (an administrator).
 */
public final class JdbcDestinations {

    private static final String COLUMNS = "id, owner, url, events, secret, created_at";

    private final Connection c;

    public JdbcDestinations(Connection c) {
        this.c = c;
    }

    public void insert(Destination d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into webhook_destination (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, d.id());
            s.setString(2, d.owner());
            s.setString(3, d.url());
            s.setString(4, String.join(",", new TreeSet<>(d.events())));
            s.setString(5, d.secret());
            s.setString(6, SqlTime.text(d.createdAt()));
            s.executeUpdate();
        }
    }

    /** The owner's destinations (every owner's for {@code null}), oldest first. */
    public List<Destination> list(String owner) throws SQLException {
        String sql = "select " + COLUMNS + " from webhook_destination" + (owner == null ? "" : " where owner = ?")
                + " order by created_at, id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (owner != null) {
                s.setString(1, owner);
            }
            return read(s);
        }
    }

    public Optional<Destination> find(String id, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from webhook_destination where id = ?"
                + (owner == null ? "" : " and owner = ?"))) {
            s.setString(1, id);
            if (owner != null) {
                s.setString(2, owner);
            }
            return read(s).stream().findFirst();
        }
    }

    public int count(String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from webhook_destination where owner = ?")) {
            s.setString(1, owner);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Deletes the destination (and, by the foreign key, its deliveries) when {@code owner} may: false otherwise. */
    public boolean delete(String id, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from webhook_destination where id = ?"
                + (owner == null ? "" : " and owner = ?"))) {
            s.setString(1, id);
            if (owner != null) {
                s.setString(2, owner);
            }
            return s.executeUpdate() == 1;
        }
    }

    private static List<Destination> read(PreparedStatement s) throws SQLException {
        List<Destination> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Destination(rs.getString(1), rs.getString(2), rs.getString(3),
                        new TreeSet<>(Arrays.asList(rs.getString(4).split(","))), rs.getString(5),
                        SqlTime.instant(rs.getString(6))));
            }
        }
        return out;
    }
}
