package vn.motcua.events;

import java.util.List;

/**
 * An agency as events carry it: code, name, level and the path of codes from the root agency
 * down to and including this one, so consumers can answer "is X a sub-unit of Y" without a call.
 */
public record AgencyRef(String code, String name, AgencyLevel level, List<String> path) {
    public AgencyRef {
        path = path == null ? List.of() : List.copyOf(path);
    }

    public boolean isWithin(String ancestorCode) {
        return path.contains(ancestorCode) || code.equals(ancestorCode);
    }
}
