package vn.motcua.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Business settings of the counter ({@code motcua.intake.*}); calendars are support's CalendarConfig. */
@ConfigMapping(prefix = "motcua.intake")
public interface IntakeConfig {

    /** How far in the past receivedAt may lie (a paper dossier keyed in late). */
    @WithDefault("P30D")
    Duration receivedAtWindow();

    /** Clock skew tolerated between the client and the server before receivedAt counts as future. */
    @WithDefault("PT1M")
    Duration receivedAtTolerance();
}
