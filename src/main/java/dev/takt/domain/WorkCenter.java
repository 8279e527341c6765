package dev.takt.domain;

/**
 * A capacity resource (machine, line, team).
 *
 * @param id                identifier
 * @param name              name
 * @param code              short code
 * @param calendarId        its working-time calendar
 * @param resourceId        its resource (leaves may concern this resource only)
 * @param efficiencyPercent time efficiency: 100 means nominal speed
 * @param oeeTarget         target overall equipment effectiveness in percent
 * @param setupMinutes      time before each production
 * @param cleanupMinutes    time after each production
 * @param costPerHour       hourly cost
 * @param active            false when archived
 */
public record WorkCenter(long id, String name, String code, Long calendarId, Long resourceId, Double efficiencyPercent, Double oeeTarget,
        Double setupMinutes, Double cleanupMinutes, Double costPerHour, Boolean active) {
}
