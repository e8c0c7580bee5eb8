package id.fleksi.attendance;

import java.time.LocalDate;

/**
 * The employee days already seen, each with where it was first seen (a record's index, a file's line): an
 * open-addressing table of one long per day (the employee's id and the day packed together) and one int, so that
 * the days of a file of 250,000 rows take about 6 MB rather than the tens a map of objects would.
 */
final class DayKeys {

    /** The bits of the day in a key: days from about the year -900 to 4840 around 1970. */
    private static final int DAY_BITS = 21;
    private static final long DAY_OFFSET = 1L << (DAY_BITS - 1);
    private static final long MAX_EMPLOYEE = 1L << (Long.SIZE - 1 - DAY_BITS);

    /** Packed keys, 0 where a slot is free (an employee's id is at least 1, so no key is 0). */
    private long[] keys;
    private int[] firsts;
    private int size;

    DayKeys(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    /**
     * Remembers the day of an employee as first seen at {@code where}, unless it was seen before.
     *
     * @return where it was first seen, or -1 when it is new
     */
    int putIfAbsent(long employee, LocalDate day, int where) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long key = key(employee, day);
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == 0) {
                keys[slot] = key;
                firsts[slot] = where;
                size++;
                return -1;
            }
            if (keys[slot] == key) {
                return firsts[slot];
            }
        }
    }

    int size() {
        return size;
    }

    private static long key(long employee, LocalDate day) {
        long shifted = day.toEpochDay() + DAY_OFFSET;
        if (employee < 1 || employee >= MAX_EMPLOYEE || shifted < 0 || shifted >= 1L << DAY_BITS) {
            throw new IllegalArgumentException("no key for employee " + employee + " on " + day);
        }
        return employee << DAY_BITS | shifted;
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        firsts = new int[capacity];
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldFirsts = firsts;
        allocate(keys.length * 2);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = hash(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                firsts[slot] = oldFirsts[i];
                size++;
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
