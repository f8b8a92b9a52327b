package vn.motcua.intake.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import vn.motcua.intake.domain.Receipt;

/** The printable receipt slip (templates/ReceiptSlip/slip.html), checked at build time. */
@CheckedTemplate(basePath = "ReceiptSlip")
public final class ReceiptSlip {
    private ReceiptSlip() {
    }

    /** receivedText and channelText are the receipt time and channel in Vietnamese words. */
    public static native TemplateInstance slip(Receipt r, String receivedText, String channelText);
}
