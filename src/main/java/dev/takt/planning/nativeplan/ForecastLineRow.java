package dev.takt.planning.nativeplan;

import dev.takt.domain.ForecastLine;
import dev.takt.domain.ItemCode;
import dev.takt.domain.Quantity;
import dev.takt.domain.time.BucketSize;
import dev.takt.domain.time.DateBucket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored {@link ForecastLine} of a forecast version. */
@Entity
@Table(name = "PLAN_FORECAST_LINE")
@IdClass(LineKey.class)
class ForecastLineRow {

    @Id
    @Column(name = "VERSION_NO")
    private int batch;

    @Id
    @Column(name = "LINE_NO")
    private int line;

    @Column(name = "ITEM_CODE", nullable = false, length = 64)
    private String item;

    @Column(name = "LOCATION", nullable = false, length = 64)
    private String location;

    @Column(name = "BUCKET_START", nullable = false)
    private LocalDate bucketStart;

    /** Last day inside the bucket (derived, stored for range filters). */
    @Column(name = "BUCKET_END", nullable = false)
    private LocalDate bucketEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "BUCKET_SIZE", nullable = false, length = 8)
    private BucketSize bucketSize;

    @Column(name = "QUANTITY", nullable = false, precision = 19, scale = 6)
    private BigDecimal quantity;

    @Column(name = "UNIT_NAME", nullable = false, length = 64)
    private String unit;

    protected ForecastLineRow() {
    }

    static ForecastLineRow of(int version, ForecastLine line) {
        ForecastLineRow row = new ForecastLineRow();
        row.batch = version;
        row.line = line.line();
        row.item = line.item().value();
        row.location = line.location();
        row.bucketStart = line.bucket().start();
        row.bucketEnd = line.bucket().lastDay();
        row.bucketSize = line.bucket().size();
        row.quantity = line.quantity().amount();
        row.unit = line.quantity().unit();
        return row;
    }

    ForecastLine toDomain() {
        return new ForecastLine(line, new ItemCode(item), location, new DateBucket(bucketStart, bucketSize),
                new Quantity(quantity, unit));
    }
}
