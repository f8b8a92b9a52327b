package vn.motcua.processing.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import vn.motcua.processing.api.TransitionBatchRequest.Item;
import vn.motcua.processing.application.ActionRequest;
import vn.motcua.processing.application.BatchItem;
import vn.motcua.support.api.FieldError;
import vn.motcua.support.api.JsonPaths;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.api.ProblemMappers;

/**
 * The items of a transitions batch as actions: each body read and validated as its single endpoint reads it, when
 * its turn comes; a refusal names the item ({@code transitions[3].body.occurredAt}, {@code transitions[3].action}).
 */
@ApplicationScoped
public class TransitionItems {
    private final ObjectMapper json;
    private final Validator validator;

    public TransitionItems(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public List<BatchItem> of(TransitionBatchRequest request) {
        return IntStream.range(0, request.transitions().size())
                .<BatchItem>mapToObj(i -> new Read(request.transitions().get(i), "transitions[" + i + "]")).toList();
    }

    /** An item and its JSON path in the request. */
    private final class Read implements BatchItem {
        private final Item item;
        private final String at;

        Read(Item item, String at) {
            this.item = item;
            this.at = at;
        }

        @Override
        public String dossierCode() {
            return item.dossierCode();
        }

        @Override
        public ActionRequest request() {
            return actionRequest(item, at);
        }
    }

    private ActionRequest actionRequest(Item item, String at) {
        ActionRequests.Kind<?> kind = ActionRequests.BY_PATH.get(item.action());
        if (kind == null) {
            throw ProblemException.badRequest("action", "must be one of "
                    + ActionRequests.BY_PATH.keySet().stream().sorted().toList()).forItem(at);
        }
        Object body;
        try {
            body = item.body() == null || item.body().isNull() ? null : json.treeToValue(item.body(), kind.bodyType());
        } catch (JsonProcessingException e) {
            throw ProblemMappers.malformed(e).forItem(at + ".body");
        }
        if (body == null && kind.bodyRequired()) {
            throw ProblemException.badRequest("body", "must not be null").forItem(at);
        }
        if (body != null) {
            Set<ConstraintViolation<Object>> violations = validator.validate(body);
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations.stream()
                        .map(v -> new FieldError(JsonPaths.ofViolation(v), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field)).toList()).forItem(at + ".body");
            }
        }
        return kind.requestOf(body);
    }
}
