package vn.motcua.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The delay from a missed appointment to the apology in the citizen's mailbox, over many dossiers: marriage
 * registrations (1.000894, 5 working days) received 10 days late, as deploy/local/try-it.sh does, so each appointment
 * has passed when intake answers; each gets its own address and the time runs from intake's 201 (the first moment
 * the platform can know the appointment is missed) until that mailbox holds a message (sla's scanner finds the miss,
 * processing re-appoints, notification sends the apology).
 */
final class ApologyDelay {
    static final String PROCEDURE = "1.000894";
    static final String AGENCY = "000.03.30.H56";

    /** The figures: dossiers received, mails arrived in time, delays. */
    record Result(int dossiers, int received, int arrived, Latencies delays) {
    }

    private ApologyDelay() {
    }

    static Result run(Api api, Auth auth, String intake, int dossiers, int ratePerSecond, int timeoutSeconds)
            throws InterruptedException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Mailboxes mailboxes = Mailboxes.local();
        List<Mailboxes.Mailbox> boxes = new ArrayList<>();
        long[] receivedAt = new long[dossiers];
        String token = auth.token("clerk", AGENCY);
        String late = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(10).withNano(0)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        int received = 0;
        try {
            for (int i = 0; i < dossiers; i++) {
                boxes.add(mailboxes.open(address(run, i)));
            }
            long start = System.nanoTime();
            for (int i = 0; i < dossiers; i++) {
                LockSupport.parkNanos(start + i * 1_000_000_000L / ratePerSecond - System.nanoTime());
                Api.Result r = api.post(intake + "/api/v1/dossiers", token, body(address(run, i), late));
                if (r.status() == 201) {
                    receivedAt[i] = System.nanoTime();
                    received++;
                } else {
                    System.out.println("  apology receipt refused " + r.status() + ": " + r.body());
                }
            }
            return awaitMail(boxes, receivedAt, received, timeoutSeconds);
        } finally {
            boxes.forEach(Mailboxes.Mailbox::close);
        }
    }

    /** Asks every mailbox still empty, round after round, until all have mail or the time is up. */
    private static Result awaitMail(List<Mailboxes.Mailbox> boxes, long[] receivedAt, int received, int timeoutSeconds)
            throws InterruptedException {
        Latencies delays = new Latencies();
        boolean[] done = new boolean[boxes.size()];
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        int arrived = 0;
        while (arrived < received && System.nanoTime() < deadline) {
            for (int i = 0; i < boxes.size(); i++) {
                if (!done[i] && receivedAt[i] != 0 && boxes.get(i).messages() > 0) {
                    delays.add(System.nanoTime() - receivedAt[i]);
                    done[i] = true;
                    arrived++;
                }
            }
            Thread.sleep(20);
        }
        return new Result(boxes.size(), received, arrived, delays);
    }

    private static String address(String run, int i) {
        return "bench.apology." + run + "." + i + "@example.vn";
    }

    private static Map<String, Object> body(String email, String receivedAt) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("fullName", "Trần Thị Bình");
        applicant.put("idNumber", "075301004567");
        applicant.put("phone", "0912345678");
        applicant.put("email", email);
        applicant.put("address", "Khu phố 2, phường Đồng Xoài");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", PROCEDURE);
        body.put("receivingAgencyCode", AGENCY);
        body.put("channel", "IN_PERSON");
        body.put("receivedAt", receivedAt);
        body.put("applicant", applicant);
        body.put("documents", List.of(Map.of("name", "Tờ khai đăng ký kết hôn", "original", true, "quantity", 1)));
        return body;
    }
}
