package dev.crossway.directory.infrastructure.persistence;

import dev.crossway.directory.domain.Codes;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/**
 * Stores {@link Codes} as a comma-separated column ({@code TREATMENT,PAYMENT}); the search
 * matches one code with {@code CONCAT(',', col, ',') LIKE '%,CODE,%'}.
 */
@Converter(autoApply = true)
public class CodesConverter implements AttributeConverter<Codes, String> {

    @Override
    public String convertToDatabaseColumn(Codes codes) {
        return codes == null || codes.values().isEmpty() ? "" : String.join(",", codes.values());
    }

    @Override
    public Codes convertToEntityAttribute(String value) {
        return value == null || value.isEmpty() ? Codes.empty() : Codes.of(Arrays.asList(value.split(",")));
    }
}
