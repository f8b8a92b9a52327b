package vn.motcua.support.startup;

import io.smallrye.config.ConfigValue;
import io.smallrye.config.Expressions;
import io.smallrye.config.SmallRyeConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The settings a service cannot run without, listed in {@value #PROPERTY} (the prod profile only): which of them
 * have no value, named as the deployment sets them. An entry is a configuration name: an environment variable
 * ({@code DB_USER}) or a property ({@code quarkus.datasource.username}), set in any configuration source.
 */
public final class RequiredSettings {
    public static final String PROPERTY = "motcua.required-settings";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}:]+)");

    private RequiredSettings() {
    }

    /** The entries of {@value #PROPERTY} without a value (unset, blank, or an expression over an unset variable). */
    public static List<String> missing(Config config) {
        List<String> missing = new ArrayList<>();
        for (String entry : config.getOptionalValues(PROPERTY, String.class).orElse(List.of())) {
            String name = entry.strip();
            if (!name.isEmpty() && !isSet(config, name)) {
                missing.add(describe(config, name));
            }
        }
        return missing;
    }

    /** One line naming every missing setting, for the failed start. */
    public static String message(List<String> missing) {
        return "Refusing to start: " + missing.size() + " required setting" + (missing.size() == 1 ? " has" : "s have")
                + " no value: " + String.join(", ", missing) + ". Set them in the environment (the list is "
                + PROPERTY + ").";
    }

    private static boolean isSet(Config config, String name) {
        try {
            return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank()).isPresent();
        } catch (NoSuchElementException | IllegalArgumentException e) {
            return false; // a required expression over an unset variable
        }
    }

    /** An environment variable as it is; a property with the variables its value is taken from ({@code ${DB_USER}}). */
    private static String describe(Config config, String name) {
        if (!name.contains(".")) {
            return name;
        }
        List<String> variables = new ArrayList<>();
        if (config instanceof SmallRyeConfig smallRye) {
            ConfigValue raw = Expressions.withoutExpansion(() -> smallRye.getConfigValue(name));
            if (raw.getValue() != null) {
                Matcher m = VARIABLE.matcher(raw.getValue());
                while (m.find()) {
                    variables.add(m.group(1));
                }
            }
        }
        if (variables.isEmpty()) {
            variables.add(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return name + " (" + String.join(" or ", variables) + ")";
    }
}
