package dev.crossway.responder.support;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;

/** Gives entities the generated id the database would (for the in-memory repositories). */
public final class Ids {

    private static final AtomicLong NEXT = new AtomicLong(1);

    private Ids() {
    }

    public static void assign(Object entity) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            if (f.get(entity) == null) {
                f.set(entity, NEXT.getAndIncrement());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
