package vn.motcua.processing.domain;

/** Something the officer should know although the action was accepted. */
public record Warning(String code, String message) {

    public static final String SECOND_SUPPLEMENT_REQUEST = "SECOND_SUPPLEMENT_REQUEST";
    public static final String STEP_DUE_AFTER_APPOINTMENT = "STEP_DUE_AFTER_APPOINTMENT";
}
