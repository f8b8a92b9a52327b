package vn.motcua.notification.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.events.ContactChannel;

/**
 * The channels to try for one notice, in order: the configured order with {@code PREFERRED}
 * replaced by the recipient's preferred channel, duplicates removed, and only channels that can
 * reach the recipient (an e-mail address for EMAIL, a phone for SMS and ZALO).
 */
public final class ChannelPlan {
    public static final String PREFERRED = "PREFERRED";

    private ChannelPlan() {
    }

    public static List<ContactChannel> of(List<String> order, ContactChannel preferred, boolean hasEmail, boolean hasPhone) {
        Set<ContactChannel> plan = new LinkedHashSet<>();
        for (String entry : order) {
            String name = entry.trim().toUpperCase();
            if (name.isEmpty()) {
                continue;
            }
            ContactChannel channel = PREFERRED.equals(name) ? preferred : ContactChannel.valueOf(name);
            if (channel != null && reaches(channel, hasEmail, hasPhone)) {
                plan.add(channel);
            }
        }
        return new ArrayList<>(plan);
    }

    private static boolean reaches(ContactChannel channel, boolean hasEmail, boolean hasPhone) {
        return switch (channel) {
            case EMAIL -> hasEmail;
            case SMS, ZALO -> hasPhone;
            case PORTAL, PAPER -> false; // the portal reads notification.outcome.v1; paper is the counter's copy
        };
    }

    public static String format(List<ContactChannel> plan) {
        return String.join(",", plan.stream().map(Enum::name).toList());
    }
}
