package id.fleksi.evaluation;

import id.fleksi.shared.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Evaluations in PostgreSQL; a finalized one is frozen by the database itself. */
@Repository
class EvaluationStore {

    private static final String COLUMNS = """
            ev.id, ev.level, ev.unit_id, u.code as unit_code, u.name as unit_name, ev.period_from, ev.period_to,
            ev.status, ev.findings, ev.recommendation, ev.recommendation_tasks, ev.opened_by, ev.opened_at,
            ev.finalized_by, ev.finalized_at, ev.finalized_on, ev.signer_name, ev.signer_nip, ev.version,
            ev.figures_computed_at""";
    /** A row with its figures: an evaluation read on its own. */
    private static final String WITH_FIGURES = COLUMNS + ", ev.figures::text as figures";
    /** A row of a list, which shows no figures: the documents stay in the database. */
    private static final String WITHOUT_FIGURES = COLUMNS + ", null::text as figures";
    private static final String FROM = " from evaluation ev left join unit_directory u on u.id = ev.unit_id";

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft; empty when the unit (or the institution) already has an evaluation of this period. */
    Optional<Long> open(EvaluationLevel level, Long unitId, LocalDate from, LocalDate to, String by, Instant at) {
        return jdbc.sql("""
                        insert into evaluation (level, unit_id, period_from, period_to, status, opened_by, opened_at)
                        values (:level, :unit, :from, :to, 'DRAFT', :by, :at)
                        on conflict do nothing returning id""")
                .param("level", level.name()).param("unit", unitId).param("from", from).param("to", to)
                .param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).optional();
    }

    Optional<Long> idOf(EvaluationLevel level, Long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id from evaluation where level = :level and coalesce(unit_id, 0) = :unit
                        and period_from = :from and period_to = :to""")
                .param("level", level.name()).param("unit", unitId == null ? 0L : unitId).param("from", from)
                .param("to", to).query(Long.class).optional();
    }

    /**
     * The evaluation without its figures (its {@code figuresComputedAt} says whether it has any), and the version
     * of its row, which every write changes (PostgreSQL's {@code xmin}).
     */
    Optional<Unread> findWithoutFigures(long id) {
        return jdbc.sql("select " + WITHOUT_FIGURES + ", ev.xmin::text as row_version" + FROM + " where ev.id = :id")
                .param("id", id).query((rs, n) -> new Unread(stored(rs), rs.getString("row_version"))).optional();
    }

    record Unread(Stored stored, String rowVersion) {
    }

    /** The evaluation's figures as JSON with the time they were computed and its row's version; empty without. */
    Optional<StoredFigures> figuresOf(long id) {
        return jdbc.sql("""
                        select figures::text, figures_computed_at, xmin::text from evaluation
                        where id = :id and figures is not null""")
                .param("id", id)
                .query((rs, n) -> new StoredFigures(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
    }

    record StoredFigures(String json, Instant computedAt, String rowVersion) {
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select " + WITH_FIGURES + FROM + " where ev.id = :id").param("id", id)
                .query((rs, n) -> stored(rs)).optional();
    }

    /**
     * A page of evaluations, the latest period first: all when {@code unitIds} is null, otherwise the unit
     * evaluations of those units (institution evaluations only with {@code institution}).
     */
    Paged<Stored> list(Set<Long> unitIds, boolean institution, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (unitIds != null) {
            where.append(" and (ev.unit_id in (:units)").append(institution ? " or ev.unit_id is null)" : ")");
            params.put("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
        }
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        List<Stored> items = jdbc.sql("select " + WITHOUT_FIGURES + FROM + where
                        + " order by ev.period_to desc, ev.level desc, u.code, ev.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> stored(rs)).list();
        return new Paged<>(items, page, size, total);
    }

    /** Saves a draft's findings; false when it was finalized or changed since the version read. */
    boolean saveFindings(long id, long version, String findings, Recommendation recommendation, List<String> tasks) {
        return jdbc.sql("""
                        update evaluation set findings = :findings, recommendation = :recommendation,
                               recommendation_tasks = :tasks, version = version + 1
                        where id = :id and version = :version and status = 'DRAFT'""")
                .param("findings", findings).param("recommendation", recommendation == null ? null
                        : recommendation.name())
                .param("tasks", tasks.toArray(String[]::new)).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Keeps a draft's figures as just computed; false when it is final meanwhile. */
    boolean storeFigures(long id, String figuresJson, Instant at) {
        return jdbc.sql("""
                        update evaluation set figures = cast(:figures as jsonb), figures_computed_at = :at
                        where id = :id and status = 'DRAFT'""")
                .param("figures", figuresJson).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Freezes a draft with its figures; false when it was finalized or changed since the version read. */
    boolean finalize(long id, long version, String figuresJson, String by, Instant at, LocalDate on,
                     Evaluation.Signer signer) {
        return jdbc.sql("""
                        update evaluation set status = 'FINAL', figures = cast(:figures as jsonb), finalized_by = :by,
                               finalized_at = :at, figures_computed_at = :at, finalized_on = :on, signer_name = :name, signer_nip = :nip,
                               version = version + 1
                        where id = :id and version = :version and status = 'DRAFT'""")
                .param("figures", figuresJson).param("by", by).param("at", Timestamp.from(at)).param("on", on)
                .param("name", signer.name()).param("nip", signer.nip()).param("id", id).param("version", version)
                .update() == 1;
    }

    /** The latest end of a finalized institution evaluation's period that has passed by {@code today}. */
    Optional<LocalDate> lastInstitutionPeriodEnd(LocalDate today) {
        return jdbc.sql("""
                        select max(period_to) from evaluation
                        where level = 'INSTANSI' and status = 'FINAL' and period_to <= :today""")
                .param("today", today).query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    /** The finalized unit evaluations whose period lies within the one given, by unit code. */
    List<Stored> finalizedUnitEvaluationsWithin(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + WITH_FIGURES + FROM + " " + """
                         where ev.level = 'UNIT' and ev.status = 'FINAL' and ev.period_from >= :from
                         and ev.period_to <= :to order by u.code, ev.period_from""")
                .param("from", from).param("to", to).query((rs, n) -> stored(rs)).list();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        Timestamp finalizedAt = rs.getTimestamp("finalized_at");
        String recommendation = rs.getString("recommendation");
        String name = rs.getString("signer_name");
        return new Stored(rs.getLong("id"), EvaluationLevel.valueOf(rs.getString("level")),
                (Long) rs.getObject("unit_id", Long.class), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                EvaluationStatus.valueOf(rs.getString("status")), rs.getString("findings"),
                recommendation == null ? null : Recommendation.valueOf(recommendation),
                strings(rs.getArray("recommendation_tasks")), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), rs.getString("finalized_by"),
                finalizedAt == null ? null : finalizedAt.toInstant(), rs.getObject("finalized_on", LocalDate.class),
                name == null ? null : new Evaluation.Signer(name, rs.getString("signer_nip")),
                rs.getLong("version"), rs.getString("figures"),
                Optional.ofNullable(rs.getTimestamp("figures_computed_at")).map(Timestamp::toInstant).orElse(null));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /**
     * A row: the evaluation without its figures, and the figures as JSON as they were last computed (frozen when
     * it is final), with when that was; both {@code null} for a draft not computed yet.
     */
    record Stored(long id, EvaluationLevel level, Long unitId, String unitCode, String unitName, LocalDate periodFrom,
                  LocalDate periodTo, EvaluationStatus status, String findings, Recommendation recommendation,
                  List<String> recommendationTasks, String openedBy, Instant openedAt, String finalizedBy,
                  Instant finalizedAt, LocalDate finalizedOn, Evaluation.Signer signer, long version,
                  String figuresJson, Instant figuresComputedAt) {

        Evaluation with(EvaluationFigures figures) {
            return with(figures, figuresComputedAt);
        }

        Evaluation with(EvaluationFigures figures, Instant computedAt) {
            return new Evaluation(id, level, unitId, unitCode, unitName, periodFrom, periodTo, status, findings,
                    recommendation, recommendationTasks, openedBy, openedAt, finalizedBy, finalizedAt, finalizedOn,
                    signer, version, figures, computedAt);
        }
    }
}
