package vn.motcua.portalsync.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.PortalStub;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.EventJson;
import vn.motcua.events.LateCause;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.lifecycle.StepLateCauseRecorded;
import vn.motcua.portalsync.support.TestDossier;

/** Each lifecycle event type as the portal receives it (the national dossier-sync shape), checked by the stub too. */
class PortalRecordTest {
    private final TestDossier dossier = TestDossier.create();

    @Test
    void everyChangeOfAWholeLifeIsAValidNationalRecord() {
        List<Map<String, Object>> records = records(dossier.wholeLife(), PortalMapping.identity());

        assertThat(records).extracting(r -> r.get("TrangThaiHoSo")).containsExactly(2, 4, 5, 4, 4, 6, 4, 4, 9, 10);
        Map<String, Object> receipt = records.get(0);
        assertThat(receipt).containsEntry("MaHoSo", dossier.code).containsEntry("MaTTHC", "1.000948.H56")
                .containsEntry("NgayTiepNhan", "20250602080000").containsEntry("NgayHenTra", "20250606170000")
                .containsEntry("NgayKetThucXuLy", "").containsEntry("DonViXuLy", dossier.agency)
                .containsEntry("HinhThuc", 2);
        assertThat(progress(receipt)).containsExactly(Map.of("NguoiXuLy", "can.bo.tiep.nhan",
                "ThoiDiemXuLy", "20250602080000", "NoiDungXuLy", "Tiếp nhận hồ sơ"));
    }

    @Test
    void aSupplementCarriesTheAppointmentBeforeAndAfter() {
        List<Map<String, Object>> records = records(dossier.wholeLife(), PortalMapping.identity());

        assertThat(supplements(records.get(2))).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("NguoiYeuCauBoSung", "chuyen.vien.a").containsEntry("NoiDungBoSung", "Thiếu bản sao CCCD")
                .containsEntry("NgayBoSung", "20250602100000").containsEntry("NgayHenTraTruoc", "20250606170000")
                .containsEntry("NgayTiepNhanBoSung", "").containsEntry("NgayHenTraMoi", ""));
        assertThat(supplements(records.get(3))).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("NgayTiepNhanBoSung", "20250603100000").containsEntry("NgayHenTraMoi", "20250606170000"));
    }

    @Test
    void theRescheduleMovesTheAppointmentAndTheEndsAreDated() {
        List<Map<String, Object>> records = records(dossier.wholeLife(), PortalMapping.identity());

        assertThat(records.get(7)).containsEntry("NgayHenTra", "20250609170000");
        assertThat(records.get(8)).containsEntry("NgayKetThucXuLy", "20250603150000").containsEntry("NgayTra", "");
        Map<String, Object> returned = records.get(9);
        assertThat(returned).containsEntry("NgayKetThucXuLy", "20250603150000").containsEntry("NgayTra", "20250603160000");
        assertThat(progress(returned)).hasSize(10).extracting(p -> p.get("NoiDungXuLy")).containsExactly(
                "Tiếp nhận hồ sơ", "Chuyển xử lý: Thẩm định", "Yêu cầu bổ sung hồ sơ (lần 1): Thiếu bản sao CCCD",
                "Tiếp nhận hồ sơ bổ sung", "Chuyển bước xử lý: Phê duyệt",
                "Yêu cầu thực hiện nghĩa vụ tài chính: Lệ phí 8.000 đồng", "Đã thực hiện nghĩa vụ tài chính",
                "Hẹn lại ngày trả kết quả: Cần xác minh thêm", "Đã xử lý xong", "Đã trả kết quả");
    }

    @Test
    void theOtherEndsHaveTheirCodesAndEndDate() {
        for (var end : List.<DossierLifecycleEvent>of(dossier.refused(), dossier.withdrawn(), dossier.stopped())) {
            Map<String, Object> last = records(List.of(dossier.received(), end), PortalMapping.identity()).get(1);
            assertThat(last.get("TrangThaiHoSo")).isEqualTo(end.statusAfter().code());
            assertThat(last).containsEntry("NgayKetThucXuLy", "20250602090000");
        }
        assertThat(List.of(dossier.refused(), dossier.withdrawn(), dossier.stopped()))
                .extracting(e -> e.statusAfter().code()).containsExactly(3, 7, 8);
    }

    @Test
    void aLateStepsCauseIsProgressWithoutTheExplanationAndKeepsTheStatus() {
        var cause = new StepLateCauseRecorded(dossier.code, TestDossier.hour(3), "chuyen.vien.a", 1, "Thẩm định",
                dossier.agency, "chuyen.vien.a", LateCause.OBJECTIVE, "Chờ kết quả xác minh của xã 0912345678");
        List<Map<String, Object>> records = records(List.of(dossier.received(), cause), PortalMapping.identity());

        assertThat(records.get(1)).containsEntry("TrangThaiHoSo", 2);
        assertThat(progress(records.get(1))).last().satisfies(p -> assertThat(p)
                .containsEntry("NoiDungXuLy", "Giải trình trễ hạn bước Thẩm định: nguyên nhân khách quan"));
        assertThat(records.get(1).toString()).doesNotContain("0912345678");
    }

    @Test
    void theMappingTablesReplaceLocalCodes() {
        Map<DossierStatus, Integer> statuses = new EnumMap<>(DossierStatus.class);
        statuses.put(DossierStatus.RECEIVED, 4);
        PortalMapping mapping = new PortalMapping(Map.of(TestDossier.PROCEDURE, "1.000948"), statuses);

        Map<String, Object> receipt = records(List.of(dossier.received()), mapping).get(0);

        assertThat(receipt).containsEntry("MaTTHC", "1.000948").containsEntry("TrangThaiHoSo", 4);
        assertThat(PortalMapping.identity().procedure("2.000635")).isEqualTo("2.000635");
    }

    @Test
    void theEnvelopeNamesTheProvinceAndWhetherItUpdates() {
        DossierTrack track = DossierTrack.received(dossier.received());

        assertThat(PortalRecord.body(track, PortalMapping.identity(), "000.00.00.H56", 1))
                .containsEntry("service", "DongBoHoSoMC").containsEntry("madonvi", "000.00.00.H56")
                .containsEntry("isUpdating", false);
        assertThat(PortalRecord.body(track, PortalMapping.identity(), "000.00.00.H56", 2)).containsEntry("isUpdating", true);
    }

    @Test
    void theTrackSurvivesItsJson() {
        DossierTrack track = DossierTrack.received(dossier.received());
        for (DossierLifecycleEvent e : dossier.wholeLife().subList(1, 4)) {
            track = track.apply(e);
        }
        assertThat(EventJson.read(EventJson.write(track), DossierTrack.class)).isEqualTo(track);
    }

    /** The dossier record after each event, each also checked by the stub's validation (no problem). */
    private static List<Map<String, Object>> records(List<DossierLifecycleEvent> events, PortalMapping mapping) {
        List<Map<String, Object>> records = new ArrayList<>();
        DossierTrack track = null;
        int seq = 0;
        for (DossierLifecycleEvent e : events) {
            track = e instanceof DossierReceived r ? DossierTrack.received(r) : track.apply(e);
            Map<String, Object> body = PortalRecord.body(track, mapping, "000.00.00.H56", ++seq);
            JsonNode json = EventJson.mapper().valueToTree(body);
            assertThat(PortalStub.problems("k-" + seq, json)).as("the stub's check of %s", e).isEmpty();
            records.add(EventJson.mapper().convertValue(json.path("data").get(0), Map.class));
        }
        return records;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> progress(Map<String, Object> record) {
        return (List<Map<String, Object>>) record.get("QuaTrinhXuLy");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> supplements(Map<String, Object> record) {
        return (List<Map<String, Object>>) record.get("DanhSachHoSoBoSung");
    }
}
