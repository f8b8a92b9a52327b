package vn.motcua.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Business settings of the notification service ({@code motcua.notification.*}). */
@ConfigMapping(prefix = "motcua.notification")
public interface NotificationConfig {

    Delivery delivery();

    QuietHours quietHours();

    Channels channels();

    /** SMS gateway; disabled while {@code url} is not set. */
    Gateway sms();

    /** Zalo ZNS (template message) gateway; disabled while {@code url} is not set. */
    Gateway zalo();

    Directory directory();

    Letter letter();

    /** The delivery worker: how often it looks, how much it takes, how it retries. */
    interface Delivery {
        /** How often the worker looks for due notices (the scheduler reads the same property). */
        @WithDefault("1s")
        Duration interval();

        @WithDefault("20")
        int batchSize();

        /** Attempts on one channel before falling back to the next one. */
        @WithDefault("3")
        int maxAttempts();

        /** Wait after the first transient failure; doubled after each further one. */
        @WithDefault("PT30S")
        Duration backoff();

        @WithDefault("PT30M")
        Duration maxBackoff();

        /** How long the worker waits for a channel's answer; an e-mail without one is left for the resolution. */
        @WithDefault("PT20S")
        Duration sendTimeout();

        /** A notice still SENDING after this long was cut off (crash, lost answer) and is resolved. */
        @WithDefault("PT1M")
        Duration resolveAfter();

        /** Domain of the Message-ID given to each e-mail attempt ({@code <notice.attempt@domain>}). */
        @WithDefault("motcua.local")
        String messageIdDomain();

        SentArchive sentArchive();
    }

    /**
     * A mailbox that receives a blind copy of every e-mail (the SMTP server accepts the copies of one message
     * together), read over IMAP to learn whether an attempt cut off by a crash was accepted. Without it such an
     * attempt counts as sent (never twice), unconfirmed.
     */
    interface SentArchive {
        Optional<String> address();

        Optional<String> imapHost();

        @WithDefault("143")
        int imapPort();

        /** IMAP user; the address when absent. */
        Optional<String> user();

        Optional<String> password();
    }

    /** SMS and Zalo are not sent in these local hours (Asia/Ho_Chi_Minh); e-mail is. */
    interface QuietHours {
        @WithDefault("21:00")
        LocalTime start();

        @WithDefault("07:00")
        LocalTime end();
    }

    /**
     * Channel order. {@code PREFERRED} stands for the citizen's preferred channel. Per-kind overrides:
     * {@code motcua.notification.channels.kind."APOLOGY"=ZALO,SMS,EMAIL}.
     */
    interface Channels {
        @WithDefault("PREFERRED,EMAIL,SMS,ZALO")
        List<String> citizen();

        @WithDefault("EMAIL")
        List<String> staff();

        Map<String, String> kind();
    }

    /** An HTTP gateway: endpoint, credential and template id. */
    interface Gateway {
        Optional<URI> url();

        Optional<String> apiKey();

        Optional<String> templateId();

        @WithDefault("MOTCUA")
        String sender();

        @WithDefault("PT5S")
        Duration timeout();
    }

    /** Fallback addresses of agencies without directory entries; {agencyCode} is replaced. */
    interface Directory {
        @WithDefault("lanhdao@{agencyCode}.motcua.local")
        String leaderPattern();

        @WithDefault("vanhanh@{agencyCode}.motcua.local")
        String operatorPattern();

        @WithDefault("motcua@{agencyCode}.motcua.local")
        String counterPattern();
    }

    /** Letter layout. */
    interface Letter {
        @WithDefault("KT. THỦ TRƯỞNG CƠ QUAN")
        String defaultSignerTitle();

        /** Place name before the date line ("Đồng Xoài, ngày ..."); omitted when absent. */
        Optional<String> place();

        /**
         * The citizens' lookup page as the public reaches it (processing-service's {@code /tra-cuu} behind the
         * province's host): letters tell how to follow the dossier there, the result notice how to rate it.
         */
        @WithDefault("http://localhost:8082/tra-cuu")
        String lookupUrl();
    }
}
