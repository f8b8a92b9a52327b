package vn.motcua.bench;

import java.util.Locale;
import java.util.random.RandomGenerator;

/** Officers of the deciding agencies: a handful per agency, named as e-mail-like user names (brief convention). */
final class Officers {
    private static final String[] NAMES = {"pham.van.an", "nguyen.thi.hoa", "tran.minh.khoa", "le.thu.trang",
        "vo.quoc.huy", "dang.ngoc.lan"};

    private Officers() {
    }

    static String officer(RandomGenerator rnd, String agencyCode) {
        return NAMES[rnd.nextInt(NAMES.length)] + "@" + agencyCode.replace('.', '-').toLowerCase(Locale.ROOT)
                + ".dongnai.gov.vn";
    }
}
