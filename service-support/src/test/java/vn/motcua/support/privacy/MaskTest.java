package vn.motcua.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskTest {

    @Test
    void freeTextKeepsItsWordsAndMasksContacts() {
        assertThat(Mask.text("550 5.1.1 <binh.tran@example.vn>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <b***@example.vn>: Recipient address rejected");
        assertThat(Mask.text("SMS to 0912345678 refused; ID 001234567890 on file"))
                .isEqualTo("SMS to 091****678 refused; ID 001******890 on file");
        assertThat(Mask.text("dossier H12.34-241203-0001 on port 19092")).isEqualTo("dossier H12.34-241203-0001 on port 19092");
        assertThat(Mask.text(null)).isNull();
    }
}
