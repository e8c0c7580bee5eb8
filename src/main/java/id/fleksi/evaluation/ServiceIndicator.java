package id.fleksi.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A service indicator a unit measured over a period, e.g. IKM (Indeks Kepuasan Masyarakat) 82.5 "indeks", with the
 * target set for the period and the baseline it started from (both optional, null when not recorded), and whether
 * lower values are better (a waiting time) or higher ones (IKM).
 */
public record ServiceIndicator(long id, String unitCode, String unitName, LocalDate periodFrom, LocalDate periodTo,
                               String name, BigDecimal value, String measure, String recordedBy, Instant recordedAt,
                               BigDecimal target, BigDecimal baseline, boolean lowerIsBetter) {
}
