package vn.motcua.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo reference data for the local run ({@code motcua.demo.*}). */
@ConfigMapping(prefix = "motcua.demo")
public interface DemoConfig {

    /** Load the demo province's agencies and procedures at start-up (existing codes are skipped). */
    @WithDefault("false")
    boolean load();

    @WithDefault("demo/dong-nai.json")
    String resource();
}
