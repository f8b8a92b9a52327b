package vn.motcua.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warning lead of a deciding agency: its own entry, else its nearest ancestor's, else the default. */
class WarningLeadsTest {
    private static final String PROVINCE = "000.00.00.H56";
    private static final String DEPARTMENT = "000.00.01.H56";
    private static final String COMMUNE = "000.01.01.H56";
    private final WarningLeads leads = new WarningLeads(2, Map.of(PROVINCE, 3, COMMUNE, 1));

    @Test
    void ownEntryThenNearestAncestorThenDefault() {
        assertThat(leads.forPath(List.of(PROVINCE, DEPARTMENT, COMMUNE))).isEqualTo(1);
        assertThat(leads.forPath(List.of(PROVINCE, DEPARTMENT))).as("inherited from the province").isEqualTo(3);
        assertThat(leads.forPath(List.of(PROVINCE))).isEqualTo(3);
        assertThat(leads.forPath(List.of("000.00.00.G01", "000.00.02.G01"))).as("another tree").isEqualTo(2);
        assertThat(leads.uniform()).isFalse();
        assertThat(new WarningLeads(2, Map.of()).uniform()).isTrue();
    }

    @Test
    void aNegativeLeadIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new WarningLeads(-1, Map.of())).hasMessageContaining("warning-lead-working-days");
        assertThatThrownBy(() -> new WarningLeads(2, Map.of(COMMUNE, -2)))
                .hasMessageContaining("warning-lead-by-agency").hasMessageContaining(COMMUNE);
    }
}
