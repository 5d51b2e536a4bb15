package io.deliverygates.metrics;

/**
 * One headline figure of a dashboard.
 *
 * @param metric    which metric; {@link Metric#unit()} is the unit of the values
 * @param value     its value in the window, or null without data
 * @param previous  its value in the previous window of the same length, or null
 * @param level     its performance level, or null (no data, or a metric without levels)
 * @param objective the verdict of its objective, or null when it has none
 */
public record Headline(Metric metric, Double value, Double previous, Level level, ObjectiveResult objective) {
}
