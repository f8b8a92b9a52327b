package vn.motcua.processing.domain;

import java.util.Arrays;
import java.util.List;

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
