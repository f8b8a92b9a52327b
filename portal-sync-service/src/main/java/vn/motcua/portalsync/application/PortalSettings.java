package vn.motcua.portalsync.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.events.DossierStatus;
import vn.motcua.portalsync.config.PortalConfig;
import vn.motcua.portalsync.domain.Codes;
import vn.motcua.portalsync.domain.PortalMapping;
import vn.motcua.portalsync.domain.RetryPolicy;

/**
 * Checks the portal settings at start (one message naming every bad one, so the service never sends a malformed
 * record for hours before someone notices) and turns them into the domain's mapping and retry policy.
 */
@ApplicationScoped
public class PortalSettings {
    private final PortalConfig config;

    public PortalSettings(PortalConfig config) {
        this.config = config;
    }

    void check(@Observes StartupEvent start) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("portal settings: " + String.join("; ", problems));
        }
    }

    /** Every rule the settings break, each naming its property. */
    public static List<String> problems(PortalConfig config) {
        List<String> problems = new ArrayList<>();
        try {
            URI url = URI.create(config.url().trim());
            if (!url.isAbsolute() || !List.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
                problems.add("motcua.portal.url must be an absolute http or https URL, not " + config.url());
            }
        } catch (IllegalArgumentException e) {
            problems.add("motcua.portal.url is not a URL: " + config.url());
        }
        if (config.authorization().isBlank() || !config.authorization().contains(" ")) {
            problems.add("motcua.portal.authorization must be a whole header value such as 'Bearer <token>'");
        }
        if (!config.agencyCode().matches(Codes.AGENCY)) {
            problems.add("motcua.portal.agency-code must be an agency code (QCVN 102:2016, e.g. 000.00.00.H56), not "
                    + config.agencyCode());
        }
        config.procedures().forEach((local, national) -> {
            if (!national.matches(Codes.PROCEDURE)) {
                problems.add("motcua.portal.procedures.\"" + local + "\" must be a national procedure code N.NNNNNN, not "
                        + national);
            }
        });
        config.statuses().forEach((name, code) -> {
            if (List.of(DossierStatus.values()).stream().noneMatch(s -> s.name().equals(name))) {
                problems.add("motcua.portal.statuses." + name + " names no status (one of "
                        + List.of(DossierStatus.values()) + ")");
            }
            if (code < 1 || code > 10) {
                problems.add("motcua.portal.statuses." + name + " must be a national status code 1-10, not " + code);
            }
        });
        if (config.backoff().isNegative() || config.backoff().isZero() || config.maxBackoff().compareTo(config.backoff()) < 0) {
            problems.add("motcua.portal.backoff must be positive and motcua.portal.max-backoff at least as long");
        }
        return problems;
    }

    public PortalMapping mapping() {
        Map<DossierStatus, Integer> statuses = new EnumMap<>(DossierStatus.class);
        config.statuses().forEach((name, code) -> statuses.put(DossierStatus.valueOf(name), code));
        return new PortalMapping(config.procedures(), statuses);
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(config.backoff(), config.maxBackoff());
    }

    public PortalConfig config() {
        return config;
    }
}
