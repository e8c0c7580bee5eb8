package id.fleksi.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of the evaluations read lately, parsed, each under its evaluation and the version of its row: a
 * ministry's figures are a megabyte of JSON that every view of its page would otherwise read and parse again. Every
 * write of the row (a recomputation, the findings, a finalization) gives it a new version, so that every instance
 * reads the figures afresh after it.
 */
final class RecentFigures {

    /** How many evaluations' figures are kept (a few megabytes each for a ministry). */
    static final int KEPT = 4;

    private final Map<Key, EvaluationFigures> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, EvaluationFigures> eldest) {
            return size() > KEPT;
        }
    };

    synchronized Optional<EvaluationFigures> get(long id, String rowVersion) {
        return Optional.ofNullable(kept.get(new Key(id, rowVersion)));
    }

    synchronized void put(long id, String rowVersion, EvaluationFigures figures) {
        kept.put(new Key(id, rowVersion), figures);
    }

    private record Key(long id, String rowVersion) {
    }
}
