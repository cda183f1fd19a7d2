package dev.crossway.directory.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Counts the SQL statements Hibernate prepares, by kind, to catch N+1 queries. */
public class CountingStatements implements StatementInspector {

    private static final AtomicInteger SELECTS = new AtomicInteger();
    private static final AtomicInteger WRITES = new AtomicInteger();

    @Override
    public String inspect(String sql) {
        String s = sql.stripLeading().toLowerCase(java.util.Locale.ROOT);
        (s.startsWith("select") ? SELECTS : WRITES).incrementAndGet();
        return sql;
    }

    public static void reset() {
        SELECTS.set(0);
        WRITES.set(0);
    }

    public static int selects() {
        return SELECTS.get();
    }

    /** Distinct prepared insert/update/delete statements (a JDBC batch counts once per statement text use). */
    public static int writes() {
        return WRITES.get();
    }
}
