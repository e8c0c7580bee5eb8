package id.fleksi.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of a long list, counted from 0, with what a page needs to offer the way to the next. When
 * {@code totalCapped} is true, more than {@code total} items match: a search over many rows stops counting there
 * (see {@link #countLimit}), since nobody pages through thousands of matches and counting them all costs a visit to
 * every matching row.
 */
public record Paged<T>(List<T> items, int page, int size, long total,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean totalCapped) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    /** Where a search's count stops, unless the page asked for lies further. */
    public static final int COUNT_CAP = 1000;

    public Paged {
        items = List.copyOf(items);
    }

    public Paged(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    /**
     * How many matches a capped count looks for: one more than {@value #COUNT_CAP}, or than the last item of the
     * page asked for when that lies further. Counting up to this limit tells whether there are more.
     */
    public static long countLimit(int page, int size) {
        return Math.max(COUNT_CAP, (long) (page + 1) * size) + 1;
    }

    /** The page of a search whose matches were counted up to {@link #countLimit}. */
    public static <T> Paged<T> counted(List<T> items, int page, int size, long countedUpToLimit) {
        long limit = countLimit(page, size);
        return countedUpToLimit >= limit ? new Paged<>(items, page, size, limit - 1, true)
                : new Paged<>(items, page, size, countedUpToLimit, false);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return totalCapped || (long) (page + 1) * size < total;
    }

    /** The number of the first item shown, counted from 1 (0 when the page is empty). */
    public long firstShown() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastShown() {
        return (long) page * size + items.size();
    }

    /** A requested page number, never below 0. */
    public static int page(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }

    /** A requested page size within 1..{@value #MAX_SIZE}, {@value #DEFAULT_SIZE} when none is asked for. */
    public static int size(Integer requested) {
        return requested == null || requested < 1 ? DEFAULT_SIZE : Math.min(requested, MAX_SIZE);
    }
}
