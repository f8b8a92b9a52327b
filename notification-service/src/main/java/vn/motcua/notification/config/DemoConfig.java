package vn.motcua.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data for the local run ({@code motcua.demo.*}, the key every service's demo loader reads). */
@ConfigMapping(prefix = "motcua.demo")
public interface DemoConfig {

    /** Fill the staff directory from {@code demo/agency-contacts.csv} at start-up ({@code MOTCUA_DEMO_LOAD}). */
    @WithDefault("false")
    boolean load();
}
