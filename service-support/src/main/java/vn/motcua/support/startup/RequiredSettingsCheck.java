package vn.motcua.support.startup;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Fails the start, with one message naming every missing setting, when a {@link RequiredSettings} entry has no value.
 * It runs where Flyway is configured because the migration at start is the service's first connection (it comes
 * before StartupEvent, and would otherwise connect without credentials); StartupEvent covers a service without it.
 */
@ApplicationScoped
public class RequiredSettingsCheck implements FlywayConfigurationCustomizer {
    private final Config config;

    public RequiredSettingsCheck(Config config) {
        this.config = config;
    }

    @Override
    public void customize(FluentConfiguration flyway) {
        check();
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        check();
    }

    /** Throws when a required setting is missing; nothing to do when none is listed (every profile but prod). */
    public void check() {
        List<String> missing = RequiredSettings.missing(config);
        if (!missing.isEmpty()) {
            throw new ConfigurationException(RequiredSettings.message(missing));
        }
    }
}
