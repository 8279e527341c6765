package dev.takt.domain;

import dev.takt.domain.time.DateBucket;

import java.util.Objects;

/**
 * One line of a {@link ForecastVersion}: the quantity of an item expected to be demanded at a location during a
 * time bucket.
 *
 * @param line     its position in the submission, from 1 (how the submitter refers to it)
 * @param item     the item's internal reference
 * @param location the warehouse's short code (e.g. {@code WH})
 * @param bucket   the time bucket
 * @param quantity the demand, in a unit of measure
 */
public record ForecastLine(int line, ItemCode item, String location, DateBucket bucket, Quantity quantity) {

    public ForecastLine {
        PlanningLines.checkLine(line);
        Objects.requireNonNull(item, "item");
        location = PlanningLines.requireText(location, "location");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(quantity, "quantity");
    }
}
