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
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
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
import dev.crossway.initiator.application.DocumentRef;
import dev.crossway.initiator.application.MergedEntry;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.Provenance;
import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.application.SummaryHeader;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.id.PatientId;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The storage form of summaries and appointment requests: every field written (empty lists
 * included), nothing unwrapped or ignored, so that they read back into the same records. Not the
 * API form (the web layer's DTOs are that, Redox-shaped). The records carry no JSON annotations;
 * the names of summaries stored before they lost them (PascalCase, a few spelled otherwise) are
 * {@link StoredNames}' (see docs/decisions/wire-format-layering.md).
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
                .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
                .propertyNamingStrategy(new StoredNames())
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

    /**
     * The names summaries are stored under: the C-CDA model's records and the summary's own
     * records (header, sources, documents, entries, provenance) in PascalCase, with the spellings
     * below; every other record (stored requests) under its components' names. Rows written when
     * these names came from annotations on the records read back unchanged; the
     * {@code "Organization"} those rows also hold for each source is derived and ignored.
     */
    static final class StoredNames extends PropertyNamingStrategy {

        private static final long serialVersionUID = 1L;

        private static final String MODEL_PACKAGE = ClinicalSummary.class.getPackageName();
        private static final Set<Class<?>> SUMMARY_RECORDS = Set.of(MergedSummary.class, MergedEntry.class, SourceOutcome.class,
                SourceOutcome.StoredLinkUse.class, DocumentRef.class, Provenance.class, SummaryHeader.class);
        private static final Map<String, String> SPELLED = Map.ofEntries(
                Map.entry("Address.zip", "ZIP"),
                Map.entry("Allergy.reactions", "Reaction"),
                Map.entry("Author.id", "ID"),
                Map.entry("Author.idType", "IDType"),
                Map.entry("Demographics.dob", "DOB"),
                Map.entry("DocumentHeader.id", "ID"),
                Map.entry("Identifier.id", "ID"),
                Map.entry("Identifier.idType", "IDType"),
                Map.entry("Organization.id", "ID"),
                Map.entry("Organization.idType", "IDType"),
                Map.entry("DocumentRef.id", "ID"),
                Map.entry("DocumentRef.repositoryUniqueId", "RepositoryUniqueID"),
                Map.entry("DocumentRef.homeCommunityId", "HomeCommunityID"),
                Map.entry("DocumentRef.typeName", "Type"),
                Map.entry("Provenance.organizationId", "Organization"),
                Map.entry("Provenance.documentId", "DocumentID"),
                Map.entry("SummaryHeader.generatedAt", "DateTime"),
                // stored under the component's own name
                Map.entry("MergedEntry.entry", "entry"),
                Map.entry("SourceOutcome.organizationId", "organizationId"),
                Map.entry("SourceOutcome.organizationName", "organizationName"));

        static String name(Class<?> owner, String component) {
            if (owner == null || !(owner.getPackageName().equals(MODEL_PACKAGE) || SUMMARY_RECORDS.contains(owner))) {
                return component;
            }
            String spelled = SPELLED.get(owner.getSimpleName() + "." + component);
            if (spelled != null) {
                return spelled;
            }
            return component.isEmpty() ? component : Character.toUpperCase(component.charAt(0)) + component.substring(1);
        }

        @Override
        public String nameForField(MapperConfig<?> config, AnnotatedField field, String defaultName) {
            return name(field.getDeclaringClass(), defaultName);
        }

        @Override
        public String nameForGetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
            return name(method.getDeclaringClass(), defaultName);
        }

        @Override
        public String nameForSetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
            return name(method.getDeclaringClass(), defaultName);
        }

        @Override
        public String nameForConstructorParameter(MapperConfig<?> config, AnnotatedParameter param, String defaultName) {
            return name(param.getDeclaringClass(), defaultName);
        }
    }
}
