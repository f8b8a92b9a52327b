package vn.motcua.intake.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.events.PlannedStep;
import vn.motcua.intake.domain.RequiredDocument;

/** JSON kept in text columns (document lists, issued receipts), written with the API's own mapper. */
@ApplicationScoped
public class JsonText {
    private static final TypeReference<List<RequiredDocument>> DOCUMENTS = new TypeReference<>() {
    };

    private static final TypeReference<List<PlannedStep>> STEPS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public JsonText(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getSimpleName(), e);
        }
    }

    public List<RequiredDocument> documents(String json) {
        try {
            return mapper.readValue(json, DOCUMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document list is not valid JSON", e);
        }
    }

    public List<PlannedStep> steps(String json) {
        try {
            return mapper.readValue(json, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored step plan is not valid JSON", e);
        }
    }
}
