package vn.motcua.portalsync.domain;

import java.util.EnumMap;
import java.util.Map;
import vn.motcua.events.DossierStatus;

/**
 * The reference data of the synchronisation: a local procedure code to the national MaTTHC, a status to the
 * national TrangThaiHoSo. Whatever is not listed maps to itself (the procedure's own code, the status's code of
 * docs/domain.md), so a province whose codes are the national ones lists nothing.
 */
public record PortalMapping(Map<String, String> procedures, Map<DossierStatus, Integer> statuses) {

    public PortalMapping {
        procedures = Map.copyOf(procedures);
        statuses = Map.copyOf(statuses.isEmpty() ? new EnumMap<>(DossierStatus.class) : new EnumMap<>(statuses));
    }

    public static PortalMapping identity() {
        return new PortalMapping(Map.of(), Map.of());
    }

    /** The national MaTTHC of a local procedure code. */
    public String procedure(String localCode) {
        return procedures.getOrDefault(localCode, localCode);
    }

    /** The national TrangThaiHoSo (1–10) of a status. */
    public int status(DossierStatus status) {
        return statuses.getOrDefault(status, status.code());
    }
}
