package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.interop.id.Oid;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link Oid} as its dotted form. */
@Converter(autoApply = true)
public class OidConverter implements AttributeConverter<Oid, String> {

    @Override
    public String convertToDatabaseColumn(Oid oid) {
        return oid == null ? null : oid.value();
    }

    @Override
    public Oid convertToEntityAttribute(String value) {
        return value == null || value.isEmpty() ? null : Oid.of(value);
    }
}
