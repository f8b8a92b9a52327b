package vn.motcua.support.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start check against configuration built as a packaged service builds it (profiles, expressions, sources). */
class RequiredSettingsTest {
    // variables no test machine sets, standing for DB_USER and DB_PASSWORD
    private static final String USER = "MOTCUA_TEST_UNSET_DB_USER";
    private static final String PASSWORD = "MOTCUA_TEST_UNSET_DB_PASSWORD";
    private static final String KEY = "MOTCUA_TEST_UNSET_JWT_PUBLIC_KEY_LOCATION";

    /** A service's application.properties: local defaults, none in prod, the check's list in prod only. */
    private static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quarkus.datasource.username", "${" + USER + ":postgres}");
        p.put("quarkus.datasource.password", "${" + PASSWORD + ":postgres}");
        p.put("%prod.quarkus.datasource.username", "${" + USER + "}");
        p.put("%prod.quarkus.datasource.password", "${" + PASSWORD + "}");
        p.put("%prod." + RequiredSettings.PROPERTY, "quarkus.datasource.username, quarkus.datasource.password," + KEY);
        return p;
    }

    private static SmallRyeConfig config(String profile, Map<String, String> environment) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().addDefaultSources()
                .withSources(new PropertiesConfigSource(properties(), "application.properties", 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withProfile(profile).build();
    }

    @Test
    void prodWithoutTheSecretsRefusesToStartNamingEveryMissingVariable() {
        RequiredSettingsCheck check = new RequiredSettingsCheck(config("prod", Map.of()));

        assertThatThrownBy(check::check).isInstanceOf(ConfigurationException.class)
                .hasMessage("Refusing to start: 3 required settings have no value: quarkus.datasource.username ("
                        + USER + "), quarkus.datasource.password (" + PASSWORD + "), " + KEY
                        + ". Set them in the environment (the list is motcua.required-settings).");
    }

    @Test
    void aBlankValueIsMissingAndOnlyTheMissingOnesAreNamed() {
        assertThat(RequiredSettings.missing(config("prod", Map.of(USER, "motcua", PASSWORD, " "))))
                .containsExactly("quarkus.datasource.password (" + PASSWORD + ")", KEY);
    }

    @Test
    void prodWithEverySettingStarts() {
        // set as the deployment sets them, or the property itself (a system property, QUARKUS_DATASOURCE_PASSWORD)
        Map<String, String> environment = Map.of(USER, "motcua", "quarkus.datasource.password", "s3cret", KEY, "/keys/pub.pem");
        assertThatCode(new RequiredSettingsCheck(config("prod", environment))::check).doesNotThrowAnyException();
    }

    @Test
    void otherProfilesCheckNothing() {
        assertThatCode(new RequiredSettingsCheck(config("test", Map.of()))::check).doesNotThrowAnyException();
        assertThatCode(new RequiredSettingsCheck(config("dev", Map.of()))::check).doesNotThrowAnyException();
    }
}
