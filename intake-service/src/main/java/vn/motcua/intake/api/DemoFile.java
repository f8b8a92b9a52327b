package vn.motcua.intake.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import vn.motcua.intake.application.DemoCatalogue;

/** Reads the demo file: agencies and procedures written as POST bodies, held to the same Bean Validation rules. */
@ApplicationScoped
public class DemoFile implements DemoCatalogue {
    private final ObjectMapper mapper;
    private final Validator validator;

    public DemoFile(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The file's shape. */
    public record Body(List<AgencyRequest> agencies, List<ProcedureRequest> procedures) {
    }

    @Override
    public DemoData read(String resource) {
        Body body = parse(resource);
        return new DemoData(body.agencies().stream().map(this::valid).map(AgencyRequest::toCommand).toList(),
                body.procedures().stream().map(this::valid).map(ProcedureRequest::toCommand).toList());
    }

    private Body parse(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo resource " + resource + " not found");
            }
            return mapper.readValue(in, Body.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo resource " + resource + " is not valid", e);
        }
    }

    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("invalid demo data " + request + ": " + violations);
        }
        return request;
    }
}
