package vn.motcua.support.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;

/**
 * An outbox row's CloudEvents extension attributes as a JSON object in a plain column: a converter of its own rather
 * than Hibernate's JSON mapping, which would tie every service's persistence to its REST ObjectMapper.
 */
@Converter
public class ExtensionsConverter implements AttributeConverter<Map<String, String>, String> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, String> extensions) {
        try {
            return extensions == null || extensions.isEmpty() ? null : JSON.writeValueAsString(extensions);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("extension attributes not writable: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox extension attributes unreadable: " + e.getMessage(), e);
        }
    }
}
