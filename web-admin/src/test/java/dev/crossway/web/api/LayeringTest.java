package dev.crossway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API's wire format is web-admin/api's alone (docs/decisions/wire-format-layering.md): no
 * Jackson annotations in interop or the EJB modules (except their storage and webhook
 * infrastructure, which write their own JSON), and every resource takes and answers dto/ records,
 * never a {@code Map} nor a record of the application layers.
 */
class LayeringTest {

    private static final java.nio.file.Path ROOT = java.nio.file.Path.of("..").toAbsolutePath().normalize();
    private static final String API = "dev.crossway.web.api";
    /** Packages whose types must not be serialised by the API as they are. */
    private static final Pattern INNER_LAYERS = Pattern.compile("dev\\.crossway\\.(interop|initiator|responder|directory)\\..*");
    /** The infrastructure that writes its own JSON (storage forms, webhook envelopes). */
    private static final Pattern JSON_INFRASTRUCTURE = Pattern.compile(".*/infrastructure/(persistence|webhook)/[^/]+\\.java");

    @Test
    void noJacksonAnnotationsInInteropOrTheEjbModules() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<java.nio.file.Path> modules = Files.list(ROOT)) {
            for (java.nio.file.Path module : modules.filter(m -> {
                String name = m.getFileName().toString();
                return (name.equals("interop") || name.startsWith("ejb-")) && Files.isDirectory(m.resolve("src/main/java"));
            }).toList()) {
                try (Stream<java.nio.file.Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !JSON_INFRASTRUCTURE.matcher(f.toString().replace('\\', '/')).matches())
                            .filter(f -> read(f).contains("com.fasterxml.jackson.annotation"))
                            .forEach(f -> offenders.add(ROOT.relativize(f).toString()));
                }
            }
        }
        assertThat(offenders).as("Jackson annotations outside web-admin/api (map to a dto/ record there instead)").isEmpty();
        assertThat(ROOT.resolve("interop/src/main/java")).isDirectory();
    }

    @Test
    void everyResourceTakesAndAnswersDtoRecords() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> resource : resources()) {
            for (Method m : resource.getDeclaredMethods()) {
                if (!isOperation(m)) {
                    continue;
                }
                String where = resource.getSimpleName() + "." + m.getName();
                check(m.getGenericReturnType(), where + " answers", offenders, new HashSet<>());
                for (Parameter p : m.getParameters()) {
                    if (p.getAnnotations().length == 0) { // the request body
                        check(p.getParameterizedType(), where + " takes", offenders, new HashSet<>());
                    }
                }
            }
            String source = read(ROOT.resolve("web-admin/src/main/java/" + resource.getName().replace('.', '/') + ".java"));
            if (source.matches("(?s).*(Response\\.ok|\\.entity)\\(\\s*(java\\.util\\.)?Map\\.(of|ofEntries|copyOf)\\(.*")) {
                offenders.add(resource.getSimpleName() + " answers a Map built in place");
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theGuardSeesWhatItGuards() {
        List<String> found = new ArrayList<>();
        check(dev.crossway.web.api.dto.MetaDto.class, "Meta with its keyed extensions", found, new HashSet<>());
        assertThat(found).isEmpty();
        check(Map.class, "a map", found, new HashSet<>());
        check(new Object() {
            @SuppressWarnings("unused")
            Map<String, Object> untyped;
        }.getClass().getDeclaredFields()[0].getGenericType(), "an untyped map", found, new HashSet<>());
        check(dev.crossway.initiator.application.EndpointStats.class, "an application record", found, new HashSet<>());
        assertThat(found).hasSize(3);
        assertThat(resources()).hasSizeGreaterThan(15);
    }

    /**
     * {@code Map<String, Object>} (and raw maps) and the inner layers' types, at any depth of a DTO
     * (its components, a list's items).
     */
    private static void check(Type type, String where, List<String> offenders, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && Map.class.isAssignableFrom(raw)) {
            // a keyed object (Redox's Meta.Extensions: name → extension) is fine when its values are DTOs
            Type[] kv = p.getActualTypeArguments();
            if (kv[0] != String.class || kv[1] == Object.class || !(kv[1] instanceof Class<?> || kv[1] instanceof ParameterizedType)) {
                offenders.add(where + " a " + p.getTypeName());
            } else {
                check(kv[1], where, offenders, seen);
            }
        } else if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, offenders, seen);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where, offenders, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), where, offenders, seen);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, where, offenders, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (Map.class.isAssignableFrom(c)) {
                offenders.add(where + " a Map");
            } else if (INNER_LAYERS.matcher(c.getName()).matches()) {
                offenders.add(where + " " + c.getName());
            } else if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    check(component.getGenericType(), where + " " + c.getSimpleName() + "." + component.getName(), offenders, seen);
                }
            }
        }
    }

    private static boolean isOperation(Method m) {
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> resources() {
        try (Stream<java.nio.file.Path> files = Files.list(ROOT.resolve("web-admin/src/main/java/dev/crossway/web/api"))) {
            List<Class<?>> out = new ArrayList<>();
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                Class<?> c = Class.forName(API + "." + name);
                if (c.isAnnotationPresent(Path.class)) {
                    out.add(c);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(java.nio.file.Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
