package vn.motcua.bench;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Synthetic applicants that look real: Vietnamese names with diacritics, 12-digit personal ID numbers of a valid
 * shape, 0xxxxxxxxx mobile numbers, addresses in the province and, for about half of them, an e-mail address at
 * an example domain. Nobody real is described.
 */
final class People {
    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
        "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương",
        "Lâm", "Mai", "Tô", "Châu"};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Gia",
        "Hoàng", "Tấn", "Ngọc"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bích",
        "Hồng", "Phương", "Khánh"};
    private static final String[] MALE = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khang", "Khoa",
        "Long", "Minh", "Nam", "Nghĩa", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Trung", "Tuấn", "Việt",
        "Vinh", "Bảo", "Phong", "Hiếu", "Lộc", "Toàn"};
    private static final String[] FEMALE = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan",
        "Linh", "Loan", "Mai", "My", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Trang", "Trâm", "Uyên",
        "Vân", "Xuân", "Yến", "Nhi", "Thủy", "Diệp"};
    private static final String[] STREETS = {"Võ Thị Sáu", "Phạm Văn Thuận", "Đồng Khởi", "Nguyễn Ái Quốc", "Hùng Vương",
        "Lê Duẩn", "Trần Hưng Đạo", "Cách Mạng Tháng Tám", "Nguyễn Văn Trỗi", "Phú Riềng Đỏ", "Trần Phú", "Lê Lợi",
        "Quốc lộ 13", "Quốc lộ 14", "Quốc lộ 51", "Tôn Đức Thắng", "Hà Huy Giáp", "Bùi Văn Hòa"};
    private static final String[] PLACES = {"phường Trấn Biên", "phường Biên Hòa", "phường Đồng Xoài",
        "phường Bình Phước", "phường Long Khánh", "xã Long Thành", "xã Nhơn Trạch", "xã Lộc Ninh", "xã Bù Đăng",
        "xã Định Quán", "phường Bình Long", "phường Phước Long"};
    /** Provinces of birth registration: mostly Đồng Nai (075) and the former Bình Phước (070), then migrants. */
    private static final String[] BIRTH_PROVINCES = {"075", "075", "075", "075", "075", "070", "070", "070", "079",
        "001", "038", "040", "042", "052", "054", "060", "068", "072", "086", "094", "036", "034"};
    private static final String[] MOBILE_PREFIXES = {"090", "093", "089", "070", "076", "077", "078", "079", "091",
        "094", "088", "083", "084", "085", "081", "082", "096", "097", "098", "086", "032", "033", "034", "035", "036",
        "037", "038", "039", "056", "058"};
    private static final String[] MAIL_DOMAINS = {"example.vn", "example.com.vn", "example.com"};
    private static final String[] COMPANY_KINDS = {"Công ty TNHH", "Công ty TNHH MTV", "Công ty Cổ phần",
        "Doanh nghiệp tư nhân"};
    private static final String[] COMPANY_TRADES = {"Thương mại Dịch vụ", "Xây dựng", "Sản xuất", "Vận tải",
        "Nông sản", "Dược phẩm", "Thực phẩm", "Đầu tư"};

    private People() {
    }

    /** An applicant body for POST /api/v1/dossiers: a person, or (when {@code organisation}) a company. */
    static Map<String, Object> applicant(RandomGenerator rnd, boolean organisation) {
        Map<String, Object> a = new LinkedHashMap<>();
        String person = name(rnd);
        if (organisation) {
            a.put("fullName", pick(rnd, COMPANY_KINDS) + " " + pick(rnd, COMPANY_TRADES) + " "
                    + person.substring(person.lastIndexOf(' ') + 1) + " " + pick(rnd, new String[] {"Đồng Nai",
                        "Miền Đông", "Phước Long", "Biên Hòa", "Việt Phát", "An Khang"}));
            a.put("taxCode", "36" + digits(rnd, 8));
        } else {
            a.put("fullName", person);
            a.put("idNumber", idNumber(rnd));
        }
        a.put("phone", phone(rnd));
        if (rnd.nextDouble() < 0.5) {
            a.put("email", email(rnd, person));
        }
        a.put("address", address(rnd));
        return a;
    }

    static String name(RandomGenerator rnd) {
        boolean male = rnd.nextBoolean();
        return pick(rnd, FAMILY) + " " + pick(rnd, male ? MALE_MIDDLE : FEMALE_MIDDLE) + " "
                + pick(rnd, male ? MALE : FEMALE);
    }

    /** 3 digits province, 1 digit gender+century, 2 digits birth year, 6 random digits (docs/domain.md § Identifiers). */
    static String idNumber(RandomGenerator rnd) {
        int year = 1945 + rnd.nextInt(62);
        int female = rnd.nextInt(2);
        int century = year >= 2000 ? 2 : 0;
        return pick(rnd, BIRTH_PROVINCES) + (century + female) + String.format("%02d", year % 100) + digits(rnd, 6);
    }

    static String phone(RandomGenerator rnd) {
        return pick(rnd, MOBILE_PREFIXES) + digits(rnd, 7);
    }

    static String email(RandomGenerator rnd, String fullName) {
        String[] parts = ascii(fullName).split(" ");
        String local = parts[parts.length - 1] + "." + parts[0] + (rnd.nextBoolean() ? "" : Integer.toString(rnd.nextInt(100)));
        return local + "@" + pick(rnd, MAIL_DOMAINS);
    }

    static String address(RandomGenerator rnd) {
        return "Số " + (1 + rnd.nextInt(250)) + ", đường " + pick(rnd, STREETS) + ", " + pick(rnd, PLACES)
                + ", tỉnh Đồng Nai";
    }

    /** Lower-case ASCII: diacritics dropped, đ as d. */
    static String ascii(String text) {
        String decomposed = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static String pick(RandomGenerator rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private static String digits(RandomGenerator rnd, int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + rnd.nextInt(10)));
        }
        return s.toString();
    }
}
