package id.fleksi.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Charts as the page draws them in SVG, with every coordinate computed here: bars for the days of a week and a line
 * for a run of weeks, both on a 0-100% scale with a reference line (a cap or a minimum). Colours come from the
 * Okabe-Ito palette and every value is also written as text, so no reader depends on colour.
 */
final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 44;
    static final int RIGHT = 12;
    static final int TOP = 16;
    static final int BOTTOM = 36;

    private Charts() {
    }

    /** A bar: its label under it, its value written above it, and its box. */
    record Bar(String label, int percent, double x, double y, double width, double height, boolean flagged) {
    }

    /** A point of a line, with its label and value. */
    record Point(String label, int percent, double x, double y) {
    }

    /** A gridline of the scale: its value and height. */
    record Tick(int percent, double y) {
    }

    /** A bar chart of percentages, with an optional reference line at {@code reference} percent. */
    record BarChart(List<Bar> bars, List<Tick> ticks, Double referenceY, Integer reference) {
    }

    /** A line chart of percentages, with an optional reference line. */
    record LineChart(List<Point> points, String path, List<Tick> ticks, Double referenceY, Integer reference) {
    }

    static BarChart bars(List<String> labels, List<Integer> percents, List<Boolean> flagged, Integer reference) {
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, labels.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double top = y(percents.get(i));
            bars.add(new Bar(labels.get(i), percents.get(i), LEFT + i * slot + slot * 0.2, top, slot * 0.6,
                    HEIGHT - BOTTOM - top, flagged.get(i)));
        }
        return new BarChart(bars, ticks(), reference == null ? null : y(reference), reference);
    }

    static LineChart line(List<String> labels, List<Integer> percents, Integer reference) {
        double step = labels.size() < 2 ? 0 : (double) (WIDTH - LEFT - RIGHT - 20) / (labels.size() - 1);
        List<Point> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + 10 + i * step;
            double y = y(percents.get(i));
            points.add(new Point(labels.get(i), percents.get(i), x, y));
            path.append(i == 0 ? "M" : " L").append(round(x)).append(' ').append(round(y));
        }
        return new LineChart(points, path.toString(), ticks(), reference == null ? null : y(reference), reference);
    }

    private static List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            ticks.add(new Tick(percent, y(percent)));
        }
        return ticks;
    }

    private static double y(int percent) {
        int clamped = Math.max(0, Math.min(100, percent));
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - clamped) / 100.0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
