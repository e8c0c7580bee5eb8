package id.fleksi.attendance;

import java.util.List;

/** A batch with wrong records: none of its records is stored. */
class AttendanceRefused extends RuntimeException {

    /** A wrong record: its place in the batch (from 0) and the message key with its arguments. */
    record Rejection(int index, String messageKey, List<String> args) {
    }

    private final transient List<Rejection> rejections;
    private final int records;

    AttendanceRefused(List<Rejection> rejections, int records) {
        super("attendance refused");
        this.rejections = List.copyOf(rejections);
        this.records = records;
    }

    List<Rejection> rejections() {
        return rejections;
    }

    int records() {
        return records;
    }
}
