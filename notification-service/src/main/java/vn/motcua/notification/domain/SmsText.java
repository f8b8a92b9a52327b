package vn.motcua.notification.domain;

import java.text.Normalizer;

/**
 * SMS text as operators send it: Vietnamese without diacritics, so that it stays in the GSM-7
 * alphabet and one message holds 160 characters (with diacritics UCS-2 allows only 70).
 */
public final class SmsText {
    public static final int SINGLE_MESSAGE = 160;
    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "^{}\\[~]|€";

    private SmsText() {
    }

    /** Strips diacritics (đ → d, Đ → D) and replaces whatever is still outside GSM-7 by a space. */
    public static String unaccent(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(stripped.length());
        for (char c : stripped.toCharArray()) {
            out.append(GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0 ? c : ' ');
        }
        return out.toString().replaceAll(" {2,}", " ").trim();
    }

    /** Length in GSM-7 septets (extension characters count twice); -1 if a character is outside GSM-7. */
    public static int gsm7Length(String text) {
        int length = 0;
        for (char c : text.toCharArray()) {
            if (GSM7_BASIC.indexOf(c) >= 0) {
                length++;
            } else if (GSM7_EXTENSION.indexOf(c) >= 0) {
                length += 2;
            } else {
                return -1;
            }
        }
        return length;
    }

    /**
     * {@code fixed} (which carries the dossier code and the date) followed by as much of
     * {@code optional} (e.g. the reason) as still fits in one message; both unaccented.
     */
    public static String compose(String fixed, String optional) {
        String head = unaccent(fixed);
        String tail = unaccent(optional);
        if (tail.isEmpty()) {
            return head;
        }
        int room = SINGLE_MESSAGE - gsm7Length(head) - 1;
        if (gsm7Length(tail) <= room) {
            return head + " " + tail;
        }
        if (room < 12) {
            return head;
        }
        String cut = tail;
        while (gsm7Length(cut) > room - 3) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return head + " " + cut.stripTrailing() + "...";
    }
}
