package vn.motcua.portalsync.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body the portal receives for one change of a dossier, in the dossier-sync shape of the Vietnamese one-stop
 * systems (service DongBoHoSoMC): an envelope with the province's code (madonvi) and the dossier's whole record, its
 * processing history (QuaTrinhXuLy) and supplement requests (DanhSachHoSoBoSung) included, so that each change is
 * complete in itself and a resend carries the same body. Dates are yyyyMMddHHmmss in Vietnam time, "" when unknown.
 */
public final class PortalRecord {
    public static final String SERVICE = "DongBoHoSoMC";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private PortalRecord() {
    }

    /** The request body of change {@code seq} (1 = the receipt, later ones update the record). */
    public static Map<String, Object> body(DossierTrack track, PortalMapping mapping, String provinceCode, int seq) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", SERVICE);
        body.put("madonvi", provinceCode);
        body.put("isUpdating", seq > 1);
        body.put("data", List.of(dossier(track, mapping)));
        return body;
    }

    /** The dossier's record (one element of {@code data}). */
    public static Map<String, Object> dossier(DossierTrack t, PortalMapping mapping) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("MaHoSo", t.dossierCode());
        d.put("MaTTHC", mapping.procedure(t.procedureCode()));
        d.put("TenTTHC", t.procedureName());
        d.put("NgayTiepNhan", date(t.receivedAt()));
        d.put("NgayHenTra", date(t.dueAt()));
        d.put("TrangThaiHoSo", mapping.status(t.status()));
        d.put("NgayKetThucXuLy", date(t.endedAt()));
        d.put("NgayTra", date(t.returnedAt()));
        d.put("DonViXuLy", t.agencyCode());
        // kênh thực hiện, the national code: 1 in person, 2 online, 3 postal
        d.put("HinhThuc", t.channel().code());
        d.put("DanhSachHoSoBoSung", t.supplements().stream().map(PortalRecord::supplement).toList());
        d.put("QuaTrinhXuLy", t.progress().stream().map(PortalRecord::progress).toList());
        return d;
    }

    private static Map<String, Object> supplement(DossierTrack.Supplement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("HoSoBoSungId", s.number());
        m.put("NguoiYeuCauBoSung", s.requestedBy());
        m.put("NoiDungBoSung", s.reason());
        m.put("NgayBoSung", date(s.requestedAt()));
        m.put("NgayTiepNhanBoSung", date(s.completedAt()));
        m.put("NgayHenTraTruoc", date(s.dueBefore()));
        m.put("NgayHenTraMoi", date(s.dueAfter()));
        return m;
    }

    private static Map<String, Object> progress(DossierTrack.Progress p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("NguoiXuLy", p.handler());
        m.put("ThoiDiemXuLy", date(p.at()));
        m.put("NoiDungXuLy", p.content());
        return m;
    }

    public static String date(Instant at) {
        return at == null ? "" : DATE.format(at);
    }
}
