package vn.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.Channel;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.ProcessingTimeUnit;
import vn.motcua.events.SupplementPolicy;

/** One version of an administrative procedure, in force from {@link #effectiveFrom} until the next version. */
@Entity
@Table(name = "procedure_version")
@IdClass(ProcedureVersionId.class)
public class ProcedureVersion {
    @Id
    public String code;

    @Id
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(name = "field_code", nullable = false)
    public String fieldCode;

    @Column(name = "field_name", nullable = false)
    public String fieldName;

    @Column(name = "deciding_agency_code", nullable = false)
    public String decidingAgencyCode;

    @Column(name = "time_amount", nullable = false)
    public int timeAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_unit", nullable = false)
    public ProcessingTimeUnit timeUnit;

    @Column(name = "online_time_amount")
    public Integer onlineTimeAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_time_unit")
    public ProcessingTimeUnit onlineTimeUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_policy", nullable = false)
    public SupplementPolicy supplementPolicy;

    /** JSON array of {@link RequiredDocument}. */
    @Column(name = "required_documents", nullable = false)
    public String requiredDocuments;

    /** JSON array of {@link vn.motcua.events.PlannedStep}: the step plan, {@code []} when the version has none. */
    @Column(nullable = false)
    public String steps;

    @Column(name = "effective_from", nullable = false)
    public Instant effectiveFrom;

    /** How far the procedure can be done online (Decree 42/2022/NĐ-CP art. 11); NONE for versions before V5. */
    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false)
    public OnlineLevel onlineLevel = OnlineLevel.NONE;

    /** The day the version was published to citizens (Decision 766's transparency); null when not known. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public ProcessingTime processingTime() {
        return new ProcessingTime(timeAmount, timeUnit);
    }

    public ProcessingTime onlineProcessingTime() {
        return onlineTimeAmount == null ? null : new ProcessingTime(onlineTimeAmount, onlineTimeUnit);
    }

    /** The legal time for a channel: the online time applies to online submissions when the procedure sets one. */
    public ProcessingTime processingTimeFor(Channel channel) {
        return channel == Channel.ONLINE && onlineTimeAmount != null ? onlineProcessingTime() : processingTime();
    }

    /** Among {@code versions} of one procedure, the one in force at {@code at}: the latest effective, the highest version winning a tie. */
    public static Optional<ProcedureVersion> inForce(List<ProcedureVersion> versions, Instant at) {
        return versions.stream().filter(v -> !v.effectiveFrom.isAfter(at))
                .max(Comparator.<ProcedureVersion, Instant>comparing(v -> v.effectiveFrom).thenComparingInt(v -> v.version));
    }
}
