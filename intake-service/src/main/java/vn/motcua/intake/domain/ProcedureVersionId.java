package vn.motcua.intake.domain;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link ProcedureVersion}: code and version number. */
public class ProcedureVersionId implements Serializable {
    public String code;
    public int version;

    public ProcedureVersionId() {
    }

    public ProcedureVersionId(String code, int version) {
        this.code = code;
        this.version = version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcedureVersionId other && version == other.version && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, version);
    }
}
