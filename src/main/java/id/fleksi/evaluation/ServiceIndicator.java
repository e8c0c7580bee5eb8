package id.fleksi.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A service indicator a unit measured over a period, e.g. IKM (Indeks Kepuasan Masyarakat) 82.5 "indeks". */
public record ServiceIndicator(long id, String unitCode, String unitName, LocalDate periodFrom, LocalDate periodTo,
                               String name, BigDecimal value, String measure, String recordedBy, Instant recordedAt) {
}
