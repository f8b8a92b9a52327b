package vn.motcua.processing.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.events.AgencyRef;

/**
 * An agency path (codes root..agency) stored as {@code ,root,...,agency,} so that "is X on the path"
 * is a plain {@code like '%,X,%'} in SQL; agency codes never contain commas.
 */
public final class AgencyPath {
    private AgencyPath() {
    }

    public static String join(List<String> path) {
        return path == null || path.isEmpty() ? "," : "," + String.join(",", path) + ",";
    }

    /** The agency's path with the agency itself at its end, even if a producer left it out. */
    public static String of(AgencyRef agency) {
        List<String> path = new ArrayList<>(agency.path());
        if (!path.contains(agency.code())) {
            path.add(agency.code());
        }
        return join(path);
    }

    public static List<String> split(String column) {
        if (column == null) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    /** The SQL {@code like} pattern matching paths that contain {@code agencyCode}. */
    public static String containing(String agencyCode) {
        return "%," + agencyCode.replace("%", "").replace("_", "") + ",%";
    }
}
