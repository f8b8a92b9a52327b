package vn.motcua.processing.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.motcua.processing.api.DossierViews.StatusView;
import vn.motcua.processing.api.TransitionBatchRequest.Item;
import vn.motcua.processing.api.TransitionBatchResponse.Applied;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.InvalidInput;
import vn.motcua.processing.domain.RuleViolated;
import vn.motcua.processing.domain.TransitionNotAllowed;
import vn.motcua.support.api.FieldError;
import vn.motcua.support.api.JsonPaths;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.api.ProblemMappers;

/**
 * Applies officers' actions in request order in one transaction, each exactly as its single endpoint does it (same
 * body, validation, rules and event). The first refused item refuses the batch, named: {@code transitions[3].body.occurredAt},
 * {@code transitions[3].action} (409 when the status does not allow it), {@code transitions[3].dossierCode} (422 for a
 * dossier this service does not know, e.g. its receipt not consumed yet).
 */
@ApplicationScoped
public class TransitionBatch {
    private final DossierService service;
    private final ObjectMapper json;
    private final Validator validator;

    public TransitionBatch(DossierService service, ObjectMapper json, Validator validator) {
        this.service = service;
        this.json = json;
        this.validator = validator;
    }

    @Transactional
    public TransitionBatchResponse apply(TransitionBatchRequest request) {
        List<Applied> applied = new ArrayList<>(request.transitions().size());
        for (int i = 0; i < request.transitions().size(); i++) {
            Item item = request.transitions().get(i);
            String at = "transitions[" + i + "]";
            ActionRequest action = actionRequest(item, at);
            Dossier d = service.lookup(item.dossierCode()).orElseThrow(() -> ProblemException.unprocessable("dossierCode",
                    "unknown dossier " + item.dossierCode() + " (never received here, or its receipt not consumed yet)")
                    .forItem(at));
            try {
                service.apply(d, action);
            } catch (ProblemException e) {
                throw e.forItem(at);
            } catch (TransitionNotAllowed e) {
                throw DomainProblemMappers.problem(e).forItem(at + ".action");
            } catch (RuleViolated e) {
                throw DomainProblemMappers.problem(e).forItem(at + ".body");
            } catch (InvalidInput e) {
                throw DomainProblemMappers.problem(e).forItem(at + ".body");
            }
            applied.add(new Applied(d.code, item.action(), StatusView.of(d.status)));
            service.release();
        }
        return new TransitionBatchResponse(applied);
    }

    /** The item's body read and validated as its single endpoint reads it. */
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
