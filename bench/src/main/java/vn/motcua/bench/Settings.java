package vn.motcua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Settings from environment variables (or -D system properties of the same name in lower case with dots). */
final class Settings {
    private Settings() {
    }

    static String get(String env, String fallback) {
        String property = System.getProperty(env.toLowerCase(Locale.ROOT).replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static int getInt(String env, int fallback) {
        return Integer.parseInt(get(env, Integer.toString(fallback)));
    }

    static double getDouble(String env, double fallback) {
        return Double.parseDouble(get(env, Double.toString(fallback)));
    }

    /** The repository root: MOTCUA_HOME, else the first directory upwards from the working one holding deploy/local. */
    static Path repoRoot() {
        String home = get("MOTCUA_HOME", null);
        if (home != null) {
            return Path.of(home).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/local"))) {
                return p;
            }
        }
        return dir;
    }
}
