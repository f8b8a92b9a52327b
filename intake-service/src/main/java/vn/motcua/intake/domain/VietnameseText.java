package vn.motcua.intake.domain;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import vn.motcua.events.Channel;
import vn.motcua.events.ProcessingTime;
import vn.motcua.support.time.VnFormat;

/** How the slip words times and durations (e.g. "16 giờ 00 phút, Thứ Tư, ngày 18 tháng 11 năm 2026"). */
public final class VietnameseText {
    private VietnameseText() {
    }

    public static String duration(ProcessingTime time) {
        return switch (time.unit()) {
            case WORKING_DAYS -> time.amount() + " ngày làm việc";
            case WORKING_HOURS -> time.amount() + " giờ làm việc";
            case CALENDAR_DAYS -> time.amount() + " ngày";
        };
    }

    /** {@code at} is in Asia/Ho_Chi_Minh (VnTime.of), as every time on the slip. */
    public static Receipt.Appointment appointment(OffsetDateTime at) {
        String time = String.format("%02d:%02d", at.getHour(), at.getMinute());
        String text = String.format("%02d giờ %02d phút, %s, %s", at.getHour(), at.getMinute(),
                weekday(at.getDayOfWeek()), VnFormat.letterDate(at.toInstant()));
        return new Receipt.Appointment(time, VnFormat.date(at), text);
    }

    public static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ Nhật";
        };
    }

    /** The slip's own wording ("Qua dịch vụ bưu chính công ích"), longer than VnFormat.channel's report label. */
    public static String channel(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "Trực tiếp";
            case ONLINE -> "Trực tuyến";
            case POSTAL -> "Qua dịch vụ bưu chính công ích";
        };
    }
}
