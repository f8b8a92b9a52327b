package vn.motcua.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.events.FeeChannel;
import vn.motcua.events.FeePayment;

/** A fee paid for a dossier (at the counter with the receipt, or a FeesPaid), for Decision 766's online payments. */
@Entity
@Table(name = "fee_payment")
public class FeeRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_payment_id_seq")
    @SequenceGenerator(name = "fee_payment_id_seq", sequenceName = "fee_payment_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "dossier_code", nullable = false)
    public String dossierCode;

    @Column(name = "paid_at", nullable = false)
    public Instant paidAt;

    @Column(nullable = false)
    public long amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeeChannel channel;

    /** The payment; paid when the event happened if it names no time. A payment without a channel is not counted. */
    public static FeeRecord of(String dossierCode, FeePayment payment, Instant eventAt) {
        FeeRecord r = new FeeRecord();
        r.dossierCode = dossierCode;
        r.paidAt = payment.paidAt() != null ? payment.paidAt() : eventAt;
        r.amount = payment.amount();
        r.channel = payment.channel();
        return r;
    }
}
