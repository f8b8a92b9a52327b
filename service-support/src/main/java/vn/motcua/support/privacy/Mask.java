package vn.motcua.support.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks personal data (ID numbers, phones, emails) for logs and public responses. */
public final class Mask {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** Phones (9 to 11 digits, +84 too) and 12-digit ID numbers; shorter runs (codes, ports, counts) stay. */
    private static final Pattern DIGITS = Pattern.compile("(?<![\\w-])\\+?\\d{9,12}(?![\\w-])");

    private Mask() {
    }

    /**
     * Free text that may quote personal data (an error from a mail server or a database naming a recipient or a
     * value): emails and long digit runs masked, everything else kept.
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String masked = EMAIL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(email(m.group())));
        return DIGITS.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(phone(m.group())));
    }

    /** {@code 0912345678} becomes {@code 091****678}. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 3);
    }

    /** {@code binh.tran@example.vn} becomes {@code b***@example.vn}. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** A 12-digit personal ID keeps only its last three digits: {@code *********567}. */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 3) {
            return "***";
        }
        return "*".repeat(id.length() - 3) + id.substring(id.length() - 3);
    }

    /** A full name keeps its given name (the last word), as counters do on public boards: {@code T** T** Bình}. */
    public static String name(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return fullName;
        }
        String[] words = fullName.trim().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            out.append(words[i].charAt(0)).append("** ");
        }
        return out.append(words[words.length - 1]).toString();
    }
}
