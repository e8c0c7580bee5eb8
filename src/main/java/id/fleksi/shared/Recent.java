package id.fleksi.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What was computed lately from the database, each under its question and the version of the data it was computed
 * from, the least recently asked let go first. The version is read from the database before the answer is
 * computed, so that a change made in between gives a version the answer is not kept under; every instance asks it
 * afresh, and so computes again after any change whichever instance made it. Answers are shared by those who ask:
 * read them, never change them.
 *
 * @param <Q> the question, a value (a record)
 * @param <A> the answer
 */
public final class Recent<Q, A> {

    private final Map<Q, Kept<A>> kept;

    /** Keeps at most {@code size} answers. */
    public Recent(int size) {
        kept = new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Q, Kept<A>> eldest) {
                return size() > size;
            }
        };
    }

    /** The answer kept for the question, if it was computed from the data at this version. */
    public synchronized Optional<A> get(Q question, Object version) {
        Kept<A> answer = kept.get(question);
        return answer != null && answer.version().equals(version) ? Optional.of(answer.answer()) : Optional.empty();
    }

    public synchronized void put(Q question, Object version, A answer) {
        kept.put(question, new Kept<>(version, answer));
    }

    /**
     * The answer kept for the question at this version, or the one computed now and kept under it: the version
     * must have been read before, so that a change made while computing leaves the answer under the older version.
     */
    public A answer(Q question, Object version, Supplier<A> compute) {
        return get(question, version).orElseGet(() -> {
            A answer = compute.get();
            put(question, version, answer);
            return answer;
        });
    }

    private record Kept<A>(Object version, A answer) {
    }
}
