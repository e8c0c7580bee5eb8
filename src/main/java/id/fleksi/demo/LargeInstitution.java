package id.fleksi.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A synthetic ministry for measuring Fleksi at size, generated in SQL ({@code generate_series}) beside the demo
 * institution when {@code fleksi.demo.large-institution.employees} is set (e.g. 250000): a root unit {@code KL} with
 * 10 directorates general (two in WITA, one in WIT), 100 directorates and 2,400 sub-directorates, each with a head;
 * the employees with tasks, predicates, SKP achievements of two semesters, disciplinary cases and special
 * circumstances; service indicators; 20 units designated for sif; and weekly plans of the last {@code weeks}
 * weeks (approved, a few rejected) and of next week (waiting). Accounts, with the demo password, for every head and for every employee of the first 20
 * sub-directorates (about 2,000 at 250,000).
 * It runs once: a database that already holds the unit {@code KL} is left as it is. See docs/benchmarks.md.
 */
@Component
@Order(20)
class LargeInstitution implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LargeInstitution.class);

    static final int LEVEL_1 = 10;
    static final int LEVEL_2_PER_1 = 10;
    static final int LEVEL_3_PER_2 = 24;
    static final int LEAVES = LEVEL_1 * LEVEL_2_PER_1 * LEVEL_3_PER_2;
    /** The sub-directorates all of whose employees get accounts (about 2,000 employees at 250,000). */
    static final int UNITS_WITH_ACCOUNTS = 20;

    private final Environment environment;
    private final DataSource dataSource;

    LargeInstitution(Environment environment, DataSource dataSource) {
        this.environment = environment;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        int employees = environment.getProperty("fleksi.demo.large-institution.employees", Integer.class, 0);
        int weeks = environment.getProperty("fleksi.demo.large-institution.weeks", Integer.class, 26);
        if (employees <= 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet present = statement.executeQuery("""
                    select exists(select 1 from unit where code = 'KL'),
                           exists(select 1 from account where username = 'pegawai')""")) {
                present.next();
                if (present.getBoolean(1)) {
                    log.info("The large institution (unit KL) is already there");
                    return;
                }
                if (!present.getBoolean(2)) {
                    throw new IllegalStateException("The large institution is generated beside the demo institution: "
                            + "start with fleksi.demo.enabled=true on an empty database");
                }
            }
            log.info("Generating a large institution of {} employees with {} weeks of plans", employees, weeks);
            long start = System.nanoTime();
            // all or nothing: a failed generation leaves the database as it was
            connection.setAutoCommit(false);
            try {
                for (Step step : steps(Math.max(employees, LEAVES + 200), weeks)) {
                    long began = System.nanoTime();
                    statement.execute(step.sql());
                    log.info("large institution: {} in {} ms", step.name(), (System.nanoTime() - began) / 1_000_000);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            log.info("Generated the large institution in {} s", (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    record Step(String name, String sql) {
    }

    /** The statements, in order; {@code n} employees, {@code weeks} past weeks of plans. */
    static List<Step> steps(int n, int weeks) {
        int heads = 1 + LEVEL_1 + LEVEL_1 * LEVEL_2_PER_1;
        return List.of(
                new Step("units", """
                        insert into unit (code, name, parent_id, time_zone)
                        values ('KL', 'Kementerian Layanan Publik', null, 'Asia/Jakarta');
                        insert into unit (code, name, parent_id, time_zone)
                        select 'KL-' || lpad(a::text, 2, '0'), 'Direktorat Jenderal ' || a,
                               (select id from unit where code = 'KL'),
                               case when a in (8, 9) then 'Asia/Makassar' when a = 10 then 'Asia/Jayapura'
                                    else 'Asia/Jakarta' end
                        from generate_series(1, %1$d) a;
                        insert into unit (code, name, parent_id, time_zone)
                        select p.code || '-' || lpad(b::text, 2, '0'), 'Direktorat ' || substr(p.code, 4) || '.' || b,
                               p.id, p.time_zone
                        from unit p cross join generate_series(1, %2$d) b
                        where p.code ~ '^KL-[0-9]{2}$';
                        insert into unit (code, name, parent_id, time_zone)
                        select p.code || '-' || lpad(c::text, 2, '0'),
                               'Subdirektorat ' || substr(p.code, 4) || '.' || c, p.id, p.time_zone
                        from unit p cross join generate_series(1, %3$d) c
                        where p.code ~ '^KL-[0-9]{2}-[0-9]{2}$';
                        """.formatted(LEVEL_1, LEVEL_2_PER_1, LEVEL_3_PER_2)),
                // NIPs that pass the checks of a real one: born 1965-1992, appointed at 23 or later, gender 1 or 2,
                // a serial that keeps them apart; the first employees head the root, directorates general and
                // directorates, the others are spread over the sub-directorates. The names are drawn by a hash of
                // the serial: drawn by its remainder, they followed the tasks and records (also drawn by
                // remainders), and every Agus had the same task, so the same eligibility.
                new Step("employees", """
                        create temporary table kl_unit_order as
                        select id, row_number() over (order by code) as k from unit
                        where code like 'KL%%' and code !~ '^KL-[0-9]{2}-[0-9]{2}-[0-9]{2}$';
                        create temporary table kl_leaf as
                        select id, row_number() over (order by code) as k from unit
                        where code ~ '^KL-[0-9]{2}-[0-9]{2}-[0-9]{2}$';
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, domicile)
                        select to_char(b.birth, 'YYYYMMDD') || to_char(b.birth + interval '23 years' + (g %% 97) * interval '1 month', 'YYYYMM')
                                   || (1 + g %% 2)::text || lpad((1 + (g / 10000) %% 999)::text, 3, '0'),
                               (array['Agus','Budi','Citra','Dewi','Eko','Fitri','Gita','Hendra','Indah','Joko','Kartika',
                                      'Lestari','Made','Nur','Putu','Rina','Sari','Teguh','Wahyu','Yusuf'])[1 + abs(hashint4(g)) %% 20]
                                   || ' ' ||
                               (array['Saputra','Wulandari','Pratama','Lestari','Santoso','Rahayu','Hidayat','Kusuma',
                                      'Setiawan','Permata','Nugroho','Siregar','Wijaya','Hasibuan','Manurung',
                                      'Sitompul','Pardede','Tanjung','Harahap','Simanjuntak'])[1 + abs(hashint4(-g)) %% 20]
                                   || ' ' || g,
                               case when g %% 20 = 0 then 'PPPK_PARUH_WAKTU' when g %% 7 = 0 then 'PPPK' else 'PNS' end,
                               case when g <= %2$d then (array(select id from kl_unit_order order by k))[g]
                                    else (array(select id from kl_leaf order by k))[1 + g %% %3$d] end,
                               case when g <= %2$d then 'Kepala Unit' else
                                   (array['Analis Kebijakan','Pranata Komputer','Analis SDM Aparatur','Arsiparis',
                                          'Pengelola Keuangan','Perencana','Pranata Humas','Auditor'])[1 + g %% 8] end,
                               -- one in 25 took the position less than a year ago (Pasal 25 ayat (1) huruf b)
                               case when g %% 25 = 0 then current_date - (g %% 300) else date '2015-01-01' + (g %% 3000) end,
                               case when g %% 33 = 0 then null else 'Jl. Contoh No. ' || (g %% 200) || ', Kota ' || (g %% 50) end
                        from generate_series(1, %1$d) g
                        cross join lateral (select date '1965-01-01' + (g %% 10000) as birth) b;
                        insert into unit_head (unit_id, employee_id, started_on)
                        select u.id, (select min(e.id) from employee e where e.unit_id = u.id), date '2024-01-02'
                        from unit u where u.code like 'KL%%';
                        """.formatted(n, heads, LEAVES)),
                new Step("tasks and assignments", """
                        insert into task (code, name, unit_id, char_type, can_be_done_outside_office,
                                          no_special_room_or_equipment, doable_with_ict, minimal_face_to_face,
                                          no_continuous_supervision, must_be_outside_office, more_than_8h30_per_day,
                                          more_than_5_days_per_week, not_bound_to_institution_hours)
                        select 'KL-T' || lpad(t::text, 2, '0'), 'Tugas ' || t, (select id from unit where code = 'KL'),
                               'Tugas uji ' || t, t %% 5 <> 0, t %% 5 <> 0, t %% 5 <> 0, t %% 5 <> 0, t %% 5 <> 0,
                               t = 7, t in (10, 20), t in (10, 20), t %% 4 = 1
                        from generate_series(1, 20) t;
                        insert into task_assignment (task_id, employee_id, assigned_on)
                        select t.id, e.id, date '2025-01-06'
                        from employee e join unit u on u.id = e.unit_id and u.code like 'KL%%'
                        join task t on t.code = 'KL-T' || lpad((1 + e.id %% 20)::text, 2, '0');
                        """.formatted()),
                new Step("personnel records", """
                        insert into performance_predicate (employee_id, year, predikat, recorded_by)
                        select e.id, y, case when e.id %% 50 = 0 then 'BUTUH_PERBAIKAN' when e.id %% 5 = 0 then 'SANGAT_BAIK'
                                             else 'BAIK' end, 'generator'
                        from employee e join unit u on u.id = e.unit_id and u.code like 'KL%%'
                        cross join generate_series(2024, 2025) y;
                        insert into discipline_record (employee_id, starts_on, ends_on, status, note, recorded_by)
                        select e.id, current_date - (e.id %% 400)::int, current_date - (e.id %% 400)::int + 180,
                               case when e.id %% 2 = 0 then 'SERVING' else 'IN_PROCESS' end, 'Kasus uji', 'generator'
                        from employee e join unit u on u.id = e.unit_id and u.code like 'KL%%'
                        where e.id %% 200 = 3;
                        insert into special_circumstance (employee_id, reason, starts_on, ends_on, approved_by, recorded_by)
                        select e.id, 'Keadaan khusus uji', current_date - 30, current_date + 60, 'Kepala Biro SDM', 'generator'
                        from employee e join unit u on u.id = e.unit_id and u.code like 'KL%%'
                        where e.id %% 500 = 7;
                        insert into infrastructure_declaration (employee_id, ready)
                        select e.id, e.id %% 40 <> 0
                        from employee e join unit u on u.id = e.unit_id and u.code like 'KL%%';
                        -- the SKP achievements of the two semesters the plans' period reaches into (the one before
                        -- today's and today's), for all but one in forty: scores from 60 to 100, most between 80
                        -- and 95, with the predicate they fall in
                        insert into performance_achievement (employee_id, period_from, period_to, score, predikat,
                                                             source, recorded_by)
                        select e.id, s.period_from, (s.period_from + interval '6 months')::date - 1, a.score,
                               case when a.score >= 90 then 'SANGAT_BAIK' when a.score >= 76 then 'BAIK'
                                    when a.score >= 61 then 'BUTUH_PERBAIKAN' else 'KURANG' end,
                               'generator', 'generator'
                        from employee e join unit u on u.id = e.unit_id and u.code like 'KL%%'
                        cross join (select (date_trunc('year', current_date)
                                            + interval '6 months' * (extract(month from current_date)::int > 6)::int
                                            - interval '6 months' * k)::date as period_from, k
                                    from generate_series(0, 1) k) s
                        cross join lateral (select round((60 + 40 * sqrt(((e.id * 7919 + s.k * 104729) %% 10007)
                                                                         / 10007.0))::numeric, 2) as score) a
                        where e.id %% 40 <> 1;
                        """.formatted()),
                new Step("service indicators and sif units", """
                        insert into service_indicator (unit_id, period_from, period_to, name, value, measure, recorded_by)
                        select u.id, date_trunc('year', current_date)::date, current_date, i.name, 70 + (u.id %% 25), i.measure,
                               'generator'
                        from unit u cross join (values ('Indeks Kepuasan Masyarakat', 'indeks'),
                                                       ('Layanan selesai tepat waktu', 'persen')) i(name, measure)
                        where u.code ~ '^KL-[0-9]{2}-[0-9]{2}$';
                        update policy_version
                           set sif_unit_codes = sif_unit_codes || array(select code from unit
                                                                        where code ~ '^KL-0[1-2]-01-[0-9]{2}$'
                                                                        order by code limit 20)::varchar(30)[]
                         where created_by = 'demo';
                        """.formatted()),
                // a week is Monday to Friday; the mix: two home days for one in five, one for two in five, one
                // elsewhere for one in ten, the others in the office, and leave on one day for one in fifty
                new Step("weekly plans", """
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 warnings, submitted_at, submitted_by, decided_at, decided_by, decision_note)
                        select e.id, e.unit_id, to_char(w.monday, 'IYYY-"W"IW'), w.monday,
                               case when e.id %% 9 = 0 then 'DINAMIS' else 'NONE' end,
                               case when w.k = 1 then 'SUBMITTED' when (e.id + w.k) %% 50 = 0 then 'REJECTED'
                                    else 'APPROVED' end,
                               jsonb_build_object('valid', true, 'requiredMinutes', 2250, 'plannedMinutes', 2250,
                                                  'lokasiDays', case when e.id %% 5 = 0 then 2 when e.id %% 5 in (1, 2) then 1
                                                                     else 0 end,
                                                  'violations', '[]'::jsonb, 'exceptionsApplied', '[]'::jsonb),
                               0, w.monday - 3 + time '10:00', e.nip,
                               case when w.k = 1 then null else w.monday - 2 + time '09:00' end,
                               case when w.k = 1 then null else 'generator' end,
                               case when w.k <> 1 and (e.id + w.k) %% 50 = 0 then 'Mohon sesuaikan dengan jadwal layanan' end
                        from employee e join unit u on u.id = e.unit_id and u.code like 'KL%%'
                        cross join (select date_trunc('week', current_date)::date + 7 * k as monday, k
                                    from generate_series(1 - %1$d, 1) k) w
                        -- next week: three in five have submitted
                        where w.k < 1 or e.id %% 5 < 3;
                        insert into plan_day (plan_id, day, kind, start_time, end_time, break_minutes)
                        select p.id, p.week_start + d,
                               case when (p.employee_id + p.id) %% 50 = 0 and d = 2 then 'CUTI'
                                    when p.employee_id %% 5 = 0 and d in ((p.employee_id / 5) %% 2, 3) then 'RUMAH'
                                    when p.employee_id %% 5 in (1, 2) and d = (p.employee_id %% 4) + 1 then 'RUMAH'
                                    when p.employee_id %% 10 = 3 and d = 4 then 'LOKASI_LAIN'
                                    else 'KANTOR' end,
                               case when p.flex_type = 'DINAMIS' then time '08:00' end,
                               case when p.flex_type = 'DINAMIS' then case when d = 4 then time '17:00' else time '16:30' end end,
                               case when p.flex_type = 'DINAMIS' then case when d = 4 then 90 else 60 end end
                        from weekly_plan p join unit u on u.id = p.unit_id and u.code like 'KL%%'
                        cross join generate_series(0, 4) d;
                        """.formatted(weeks)),
                // the demo password's hash for every head of the ministry and its first employees
                new Step("accounts", """
                        with chosen as (
                            select e.id, e.nip, e.name from employee e join unit u on u.id = e.unit_id and u.code like 'KL%%'
                            where e.id in (select employee_id from unit_head where ended_on is null)
                               or u.code in (select code from unit where code ~ '^KL-[0-9]{2}-[0-9]{2}-[0-9]{2}$'
                                             order by code limit %1$d)),
                        made as (
                            insert into account (username, display_name, password_hash, employee_id)
                            select c.nip, c.name, (select password_hash from account where username = 'pegawai'), c.id
                            from chosen c
                            on conflict do nothing
                            returning id)
                        insert into account_role (account_id, role) select id, 'PEGAWAI' from made;
                        insert into code_of_conduct_acknowledgement (account_id, policy_version_id, acknowledged_at)
                        select a.id, (select max(id) from policy_version), now()
                        from account a join employee e on e.id = a.employee_id join unit u on u.id = e.unit_id
                        where u.code like 'KL%%';
                        """.formatted(UNITS_WITH_ACCOUNTS)),
                new Step("statistics", "analyze unit, employee, unit_head, task_assignment, weekly_plan, plan_day"));
    }
}
