package vn.motcua.support.api;

/** One violated rule: the field (JSON path, e.g. {@code applicant.idNumber}) and what is wrong. */
public record FieldError(String field, String message) {
}
