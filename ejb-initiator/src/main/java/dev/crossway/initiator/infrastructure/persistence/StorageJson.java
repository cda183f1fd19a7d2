package dev.crossway.initiator.infrastructure.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.NameTransformer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crossway.initiator.application.AppointmentRequest;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.interop.id.PatientId;
import java.io.IOException;

/**
 * The storage form of summaries and appointment requests: the records' own names, but every
 * field written (empty lists included), nothing unwrapped or ignored, so that they read back into
 * the same records. Not the API form (the web layer's Jackson does that, Redox-shaped).
 */
public final class StorageJson {

    private static final ObjectMapper MAPPER = mapper();

    private StorageJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static MergedSummary summary(String json) {
        return read(json, MergedSummary.class);
    }

    public static dev.crossway.initiator.application.PatientQueryRequest request(String json) {
        return read(json, dev.crossway.initiator.application.PatientQueryRequest.class);
    }

    public static dev.crossway.initiator.application.SourceOutcome source(String json) {
        return read(json, dev.crossway.initiator.application.SourceOutcome.class);
    }

    public static AppointmentRequest appointment(String json) {
        return read(json, AppointmentRequest.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    private static ObjectMapper mapper() {
        SimpleModule ids = new SimpleModule("crossway-ids");
        ids.addSerializer(PatientId.class, new JsonSerializer<>() {
            @Override
            public void serialize(PatientId v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toCx());
            }
        });
        ids.addDeserializer(PatientId.class, new JsonDeserializer<>() {
            @Override
            public PatientId deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return PatientId.fromCx(p.getValueAsString());
            }
        });
        ObjectMapper m = JsonMapper.builder()
                .disable(MapperFeature.USE_GETTERS_AS_SETTERS) // SourceOutcome.organization() is derived, not a property to fill
                .build();
        m.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonInclude.Value findPropertyInclusion(Annotated a) {
                return JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
            }

            @Override
            public NameTransformer findUnwrappingNameTransformer(AnnotatedMember member) {
                return null;
            }

            @Override
            public boolean hasIgnoreMarker(AnnotatedMember m) {
                return false;
            }
        });
        m.registerModule(new JavaTimeModule());
        m.registerModule(ids);
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return m;
    }
}
