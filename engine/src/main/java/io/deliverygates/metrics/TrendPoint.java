package io.deliverygates.metrics;

/**
 * The figures of one trend bucket (a day or a week of the window).
 *
 * @param bucket  the bucket's time range
 * @param figures its figures, computed exactly as for a whole window
 */
public record TrendPoint(Window bucket, Figures figures) {
}
