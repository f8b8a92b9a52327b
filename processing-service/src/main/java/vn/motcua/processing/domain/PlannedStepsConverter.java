package vn.motcua.processing.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import vn.motcua.events.EventJson;
import vn.motcua.events.PlannedStep;

/**
 * A dossier's step plan as the JSON text of its column, written with the events' own mapper (the contract's shape),
 * not the REST one, which Quarkus may customise for the API.
 */
@Converter
public class PlannedStepsConverter implements AttributeConverter<List<PlannedStep>, String> {
    private static final TypeReference<List<PlannedStep>> STEPS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<PlannedStep> steps) {
        try {
            return EventJson.mapper().writeValueAsString(steps == null ? List.of() : steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a step plan", e);
        }
    }

    @Override
    public List<PlannedStep> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : List.copyOf(EventJson.mapper().readValue(json, STEPS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored step plan is not valid JSON", e);
        }
    }
}
