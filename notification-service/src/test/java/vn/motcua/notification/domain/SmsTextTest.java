package vn.motcua.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SMS text: unaccented Vietnamese in GSM-7, one message, dossier code and date always kept. */
class SmsTextTest {
    static final String CODE = "000.17.22.H56-250531-0001";

    @Test
    void stripsEveryDiacriticIncludingDBar() {
        assertThat(SmsText.unaccent("Đặng Thị Ánh Tuyết, Ủy ban nhân dân xã Đồng Tâm: hồ sơ đã được tiếp nhận"))
                .isEqualTo("Dang Thi Anh Tuyet, Uy ban nhan dan xa Dong Tam: ho so da duoc tiep nhan");
        assertThat(SmsText.unaccent("ĂÂÊÔƠƯăâêôơư ỳỹỵ “ngoặc” – gạch")).isEqualTo("AAEOOUaaeoou yyy ngoac gach");
    }

    @Test
    void countsSeptetsAndRejectsNonGsmCharacters() {
        assertThat(SmsText.gsm7Length("Hen lai: 11/06/2025 17:00")).isEqualTo(25);
        assertThat(SmsText.gsm7Length("[a]")).isEqualTo(5);
        assertThat(SmsText.gsm7Length("hẹn")).isEqualTo(-1);
    }

    @Test
    void aLongReasonIsCutSoThatTheMessageFitsAndKeepsCodeAndDate() {
        String text = SmsText.compose("Xin lỗi ông/bà: hồ sơ " + CODE + " chưa trả kết quả đúng hẹn. Hẹn lại: 11/06/2025 17:00.",
                "Lý do: " + "Hồ sơ cần lấy ý kiến của nhiều cơ quan chuyên môn và Ủy ban nhân dân cấp xã nơi có đất ".repeat(3));
        assertThat(SmsText.gsm7Length(text)).isBetween(150, 160);
        assertThat(text).contains(CODE, "11/06/2025 17:00", "Ly do: Ho so can lay y kien").endsWith("...");
    }

    @Test
    void aShortReasonIsKeptWhole() {
        assertThat(SmsText.compose("Ho so " + CODE + " hen lai 11/06/2025 17:00.", "Lý do: chờ xác minh"))
                .isEqualTo("Ho so " + CODE + " hen lai 11/06/2025 17:00. Ly do: cho xac minh");
    }
}
