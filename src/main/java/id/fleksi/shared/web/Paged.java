package id.fleksi.shared.web;

import java.util.List;

/**
 * One page of a long list, counted from 0, with what a page needs to offer the way to the next.
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public Paged {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
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
