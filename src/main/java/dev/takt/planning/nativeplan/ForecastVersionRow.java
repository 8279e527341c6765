package dev.takt.planning.nativeplan;

import dev.takt.domain.ForecastVersion;
import dev.takt.domain.ForecastVersionState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A stored {@link ForecastVersion}. Times are UTC. */
@Entity
@Table(name = "PLAN_FORECAST_VERSION")
class ForecastVersionRow {

    @Id
    @Column(name = "VERSION_NO")
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    private ForecastVersionState state;

    @Column(name = "NOTE", length = 1000)
    private String note;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "PUBLISHED_AT")
    private LocalDateTime publishedAt;

    @Column(name = "SUPERSEDED_AT")
    private LocalDateTime supersededAt;

    @Column(name = "ACCEPTED_LINES", nullable = false)
    private int acceptedLines;

    @Column(name = "REJECTED_LINES", nullable = false)
    private int rejectedLines;

    protected ForecastVersionRow() {
    }

    static ForecastVersionRow of(ForecastVersion version) {
        ForecastVersionRow row = new ForecastVersionRow();
        row.version = version.version();
        row.note = version.note();
        row.submittedAt = Utc.of(version.submittedAt());
        row.acceptedLines = version.acceptedLineCount();
        row.rejectedLines = version.rejectedLineCount();
        row.apply(version);
        return row;
    }

    /** Takes over the version's state and its times. */
    void apply(ForecastVersion version) {
        state = version.state();
        publishedAt = Utc.of(version.publishedAt());
        supersededAt = Utc.of(version.supersededAt());
    }

    ForecastVersion toDomain() {
        return new ForecastVersion(version, state, note, Utc.instant(submittedAt), Utc.instant(publishedAt),
                Utc.instant(supersededAt), acceptedLines, rejectedLines);
    }
}
