package vn.motcua.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.ProcessingTimeUnit;

/** The identifier shapes and the slip's wording, without a running service. */
class CodesTest {

    private static boolean matches(String regex, String value) {
        return Pattern.compile(regex).matcher(value).matches();
    }

    @Test
    void agencyCodesFollowQcvn102() {
        assertThat(Codes.isAgencyCode("000.17.22.H56")).isTrue();
        assertThat(Codes.isAgencyCode("000.00.00.H56")).isTrue();
        assertThat(Codes.isAgencyCode("G12")).isTrue();
        assertThat(Codes.isAgencyCode("01.G12")).isTrue();
        assertThat(Codes.isAgencyCode("000.17.22")).isFalse();
        assertThat(Codes.isAgencyCode("0000.17.22.H56")).isFalse();
        assertThat(Codes.isAgencyCode("000.17.22.h56")).isFalse();
        assertThat(Codes.isAgencyCode("000.000.17.22.H56")).isFalse();
        assertThat(Codes.isAgencyCode("H56/17")).isFalse();
    }

    @Test
    void procedureCodesWithOptionalLocalSuffix() {
        assertThat(matches(Codes.PROCEDURE, "1.000948")).isTrue();
        assertThat(matches(Codes.PROCEDURE, "2.002154")).isTrue();
        assertThat(matches(Codes.PROCEDURE, "1.000948.H38")).isTrue();
        assertThat(matches(Codes.PROCEDURE, "1.00094")).isFalse();
        assertThat(matches(Codes.PROCEDURE, "10.000948")).isFalse();
        assertThat(matches(Codes.PROCEDURE, "1.000948.")).isFalse();
    }

    @Test
    void personalIdsTaxCodesAndPhones() {
        assertThat(matches(Codes.PERSONAL_ID, "079190012345")).isTrue();
        assertThat(matches(Codes.PERSONAL_ID, "001203004567")).isTrue();
        assertThat(matches(Codes.PERSONAL_ID, "096590000001")).isTrue();
        assertThat(matches(Codes.PERSONAL_ID, "000190012345")).as("province 000").isFalse();
        assertThat(matches(Codes.PERSONAL_ID, "097190012345")).as("province 097").isFalse();
        assertThat(matches(Codes.PERSONAL_ID, "079690012345")).as("century digit 6").isFalse();
        assertThat(matches(Codes.PERSONAL_ID, "07919001234")).as("11 digits").isFalse();
        assertThat(matches(Codes.TAX_CODE, "3600252847")).isTrue();
        assertThat(matches(Codes.TAX_CODE, "3600252847-001")).isTrue();
        assertThat(matches(Codes.TAX_CODE, "3600252847-01")).isFalse();
        assertThat(matches(Codes.PHONE, "0912345678")).isTrue();
        assertThat(matches(Codes.PHONE, "+84912345678")).isTrue();
        assertThat(matches(Codes.PHONE, "84912345678")).isFalse();
        assertThat(matches(Codes.PHONE, "091234567")).isFalse();
    }

    @Test
    void dossierCodesAndTheSlipsWording() {
        assertThat(DossierCode.of("000.17.22.H56", LocalDate.of(2025, 5, 31), 1)).isEqualTo("000.17.22.H56-250531-0001");
        assertThat(DossierCode.of("G12", LocalDate.of(2025, 5, 31), 12345)).isEqualTo("G12-250531-12345");
        OffsetDateTime due = OffsetDateTime.of(2026, 11, 18, 16, 0, 0, 0, ZoneOffset.ofHours(7));
        assertThat(VietnameseText.appointment(due).text()).isEqualTo("16 giờ 00 phút, Thứ Tư, ngày 18 tháng 11 năm 2026");
        assertThat(VietnameseText.duration(new ProcessingTime(15, ProcessingTimeUnit.WORKING_DAYS))).isEqualTo("15 ngày làm việc");
        assertThat(VietnameseText.duration(new ProcessingTime(4, ProcessingTimeUnit.WORKING_HOURS))).isEqualTo("4 giờ làm việc");
        assertThat(VietnameseText.duration(new ProcessingTime(30, ProcessingTimeUnit.CALENDAR_DAYS))).isEqualTo("30 ngày");
    }
}
