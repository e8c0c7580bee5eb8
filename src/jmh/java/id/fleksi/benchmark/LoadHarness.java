package id.fleksi.benchmark;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark: against a running Fleksi that holds the large institution ({@code LargeInstitution}), it
 * prints in one run, side by side, pgbench TPC-B on the same PostgreSQL, the API's plan validation, submission and
 * approval at 8 and 32 clients (throughput and p95, signed in with tokens), the p95 of the main pages at 8 clients,
 * the raw export of plans against {@code COPY} of the same rows, and a day of attendance of every employee through
 * the API against {@code COPY} of the same rows. It measures and prints; it asserts nothing.
 *
 * <p>Settings from the environment: {@code FLEKSI_LOAD_URL} (default {@code http://localhost:8080}),
 * {@code FLEKSI_LOAD_JDBC} (the application's database, default {@code jdbc:postgresql://localhost:55432/postgres}
 * with user {@code postgres}), {@code FLEKSI_LOAD_PGBENCH} (default {@code pgbench}), {@code FLEKSI_LOAD_SECONDS}
 * (each measured phase, default 20), {@code FLEKSI_LOAD_PARTS} (which parts to run of {@code api}, {@code pages},
 * {@code export}, {@code attendance}, {@code evaluation}, comma-separated; default all but {@code evaluation}, pgbench
 * with the API). See docs/benchmarks.md.
 */
public final class LoadHarness {

    private static final String PASSWORD = "demo12345";
    /** The name of the tokens the harness makes. */
    private static final String TOKEN_NAME = "beban";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base = env("FLEKSI_LOAD_URL", "http://localhost:8080");
    private final String jdbc = env("FLEKSI_LOAD_JDBC", "jdbc:postgresql://localhost:55432/postgres");
    private final String pgbench = env("FLEKSI_LOAD_PGBENCH", "pgbench");
    private final Duration phase = Duration.ofSeconds(Long.parseLong(env("FLEKSI_LOAD_SECONDS", "20")));
    private final Set<String> parts = Set.of(env("FLEKSI_LOAD_PARTS", "api,pages,export,attendance").split("\\s*,\\s*"));
    // HTTP/1.1, as the application serves it: asked for HTTP/2, the client offers an upgrade the server declines
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** The API's load phases' client (see {@link LeanHttp}); the pages and the export use the JDK's. */
    private final LeanHttp lean = new LeanHttp(base);
    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new LoadHarness().run();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** An employee of the ministry with an account, their unit and its head. */
    record Employee(String nip, String unitCode, String headNip) {
    }

    /** What one measured phase gave. */
    record Result(String what, int clients, int calls, int failures, double perSecond, double p95, double p50) {
        String line() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.0f | %.0f |", what, clients, calls,
                    failures, perSecond, p50, p95);
        }
    }

    private void run() throws Exception {
        System.out.printf("Fleksi load benchmark against %s (database %s), %d s a phase, %d cores%n", base, jdbc,
                phase.toSeconds(), Runtime.getRuntime().availableProcessors());
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            printScale(db);
            List<Employee> employees = employees(db, 400);
            if (employees.isEmpty()) {
                throw new IllegalStateException("No employee of the large institution (unit KL) has an account: "
                        + "generate it first (docs/benchmarks.md)");
            }
            revokeEarlierTokens(db);
            Map<String, String> tokens = tokens(employees);
            if (parts.contains("api")) {
                api(db, employees, tokens);
            }
            if (parts.contains("pages")) {
                pages(employees, db);
            }
            if (parts.contains("export")) {
                export(db, tokens);
            }
            if (parts.contains("attendance")) {
                attendance(db);
            }
            if (parts.contains("evaluation")) {
                evaluation(db);
            }
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    /** pgbench, then validation, submission and approval through the API at 8 and 32 clients. */
    private void api(Connection db, List<Employee> employees, Map<String, String> tokens) throws Exception {
        double tps = pgbenchTps();
        List<Result> results = new ArrayList<>();
        LocalDate monday = firstFreeWeek(db);
        warmUp(employees, tokens, monday);
        for (int clients : new int[]{8, 32}) {
            results.add(validate(employees, tokens, monday, clients));
        }
        ConcurrentLinkedQueue<long[]> submitted = new ConcurrentLinkedQueue<>();
        LocalDate weeks = monday;
        for (int clients : new int[]{8, 32}) {
            Result result = submit(employees, tokens, weeks, clients, submitted);
            results.add(result);
            // the next phase's weeks follow those this one filled
            weeks = weeks.plusWeeks(result.calls() / employees.size() + 1);
        }
        for (int clients : new int[]{8, 32}) {
            results.add(approve(employees, tokens, submitted, clients));
        }
        removePlansFrom(db, employees, monday);
        report.add("");
        report.add("| API call | clients | calls | failures | calls/s | p50 ms | p95 ms |");
        report.add("|---|---|---|---|---|---|---|");
        results.forEach(r -> report.add(r.line()));
        if (tps > 0) {
            report.add("");
            for (Result r : results) {
                report.add(String.format(Locale.ROOT, "%s at %d clients: %.2f × pgbench TPC-B (%.0f tps)",
                        r.what(), r.clients(), r.perSecond() / tps, tps));
            }
        }
    }

    /**
     * Removes the plans the API's phases made (the employees' plans of the weeks from {@code monday}), so that the
     * pages measured after it, and the next run, find the institution as generated: each run leaves thousands of
     * waiting plans in the same units otherwise, and a head's inbox grows from run to run. The plans' tables are
     * vacuumed afterwards.
     */
    private static void removePlansFrom(Connection db, List<Employee> employees, LocalDate monday) throws SQLException {
        // with the notifications of their decisions, which would pile up on the same accounts run after run
        try (PreparedStatement delete = db.prepareStatement("""
                with removed as (delete from weekly_plan where week_start >= ?
                                 and employee_id in (select id from employee where nip = any(?)) returning id),
                     told as (delete from notification
                              where link in (select '/saya/rencana/' || id from removed) returning 1)
                select (select count(*) from removed), (select count(*) from told)""")) {
            delete.setObject(1, monday);
            delete.setArray(2, db.createArrayOf("text", employees.stream().map(Employee::nip).toArray()));
            try (ResultSet counts = delete.executeQuery()) {
                counts.next();
                System.out.printf("%d plans of the API's phases removed, and %d notifications of them%n",
                        counts.getLong(1), counts.getLong(2));
            }
        }
        // the removed rows' index entries would otherwise stay until a vacuum cleans the indexes, and the next run
        // would step over them: runs of the same day would not compare
        try (Statement vacuum = db.createStatement()) {
            vacuum.execute("vacuum (analyze, index_cleanup on) weekly_plan, plan_day");
        }
    }

    /** The first week after every plan held, at least two weeks ahead: submissions of earlier runs stay apart. */
    private static LocalDate firstFreeWeek(Connection db) throws SQLException {
        LocalDate earliest = LocalDate.now().with(DayOfWeek.MONDAY).plusWeeks(2);
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select max(week_start) from weekly_plan")) {
            rows.next();
            java.sql.Date last = rows.getDate(1);
            LocalDate next = last == null ? earliest : last.toLocalDate().plusWeeks(1);
            return next.isAfter(earliest) ? next : earliest;
        }
    }

    private void printScale(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("""
                select (select count(*) from employee), (select count(*) from unit),
                       (select count(*) from weekly_plan), (select count(*) from plan_day), version()""")) {
            rows.next();
            report.add(String.format(Locale.ROOT, "Institution: %,d employees, %,d units, %,d weekly plans, %,d plan days; %s",
                    rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getString(5)));
        }
    }

    /** pgbench TPC-B, 8 clients, in a database of its own on the same server; 0 when pgbench is not installed. */
    private double pgbenchTps() throws Exception {
        URI uri = URI.create(jdbc.substring("jdbc:".length()));
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
             Statement s = db.createStatement()) {
            s.execute("drop database if exists fleksi_pgbench with (force)");
            s.execute("create database fleksi_pgbench");
        }
        List<String> connect = List.of("-h", uri.getHost(), "-p", Integer.toString(uri.getPort()), "-U", "postgres");
        List<String> init = new ArrayList<>(List.of(pgbench, "-i", "-q", "-s", "10"));
        init.addAll(connect);
        init.add("fleksi_pgbench");
        try {
            if (new ProcessBuilder(init).inheritIO().start().waitFor() != 0) {
                report.add("pgbench: initialisation failed");
                return 0;
            }
        } catch (IOException notInstalled) {
            report.add("pgbench: not found (" + pgbench + "); install postgresql-client");
            return 0;
        }
        List<String> bench = new ArrayList<>(List.of(pgbench, "-c", "8", "-j", "2", "-T", Long.toString(phase.toSeconds())));
        bench.addAll(connect);
        bench.add("fleksi_pgbench");
        Process process = new ProcessBuilder(bench).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        double value = tps.find() ? Double.parseDouble(tps.group(1)) : 0;
        report.add(String.format(Locale.ROOT, "pgbench TPC-B, scale 10, 8 clients, %d s: %.0f tps", phase.toSeconds(), value));
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", ""); Statement s = db.createStatement()) {
            s.execute("drop database if exists fleksi_pgbench with (force)");
        }
        return value;
    }

    /**
     * Employees of the ministry with accounts, heads excluded, at most 20 from each unit whose employees have
     * accounts (the generator's 20 sub-directorates), so that 400 come from 20 units whose heads approve their
     * plans: as on a Friday afternoon, when the employees submitting at one moment work in many units, not in one.
     */
    private static List<Employee> employees(Connection db, int count) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                select nip, code, head from (
                    select e.nip, u.code, hd.nip as head, row_number() over (partition by u.id order by e.nip) as nth
                    from employee e
                    join unit u on u.id = e.unit_id and u.code like 'KL-%-%-%'
                    join account a on a.employee_id = e.id and a.enabled and not a.must_change_password
                    join unit_head h on h.unit_id = u.id and h.ended_on is null
                    join employee hd on hd.id = h.employee_id
                    join account ha on ha.employee_id = hd.id
                    where hd.id <> e.id and e.active) spread
                where nth <= 20
                order by code, nip limit ?""")) {
            s.setInt(1, count);
            List<Employee> employees = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    employees.add(new Employee(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return employees;
        }
    }

    /**
     * The tokens earlier runs made (named as this one's) are revoked first: an account holds at most 20 valid
     * tokens, and the PPK's would otherwise run out after a few runs in a day.
     */
    private static void revokeEarlierTokens(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "update api_token set revoked_at = now() where name = ? and revoked_at is null")) {
            s.setString(1, TOKEN_NAME);
            System.out.printf("%d tokens of earlier runs revoked%n", s.executeUpdate());
        }
    }

    /** A token per account (employees, their heads and the PPK), each made once with the password. */
    private Map<String, String> tokens(List<Employee> employees) throws Exception {
        List<String> accounts = new ArrayList<>();
        accounts.add("ppk");
        employees.forEach(e -> {
            accounts.add(e.nip());
            accounts.add(e.headNip());
        });
        Map<String, String> tokens = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        parallel(8, accounts.stream().distinct().toList(), account -> {
            LeanHttp.Answer answer = send("POST", "/api/tokens", basic(account),
                    "{\"name\":\"" + TOKEN_NAME + "\",\"expiresInDays\":1}");
            Matcher token = TOKEN.matcher(answer.body());
            if (answer.statusCode() != 201 || !token.find()) {
                throw new IllegalStateException(account + ": " + answer.statusCode() + " " + answer.body());
            }
            tokens.put(account, "Bearer " + token.group(1));
            return true;
        });
        System.out.printf("%d tokens made in %.1f s%n", tokens.size(), (System.nanoTime() - start) / 1e9);
        return tokens;
    }

    private Result validate(List<Employee> employees, Map<String, String> tokens, LocalDate monday, int clients)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        return timed("POST /api/plans/validate", clients, () -> {
            Employee e = employees.get(next.getAndIncrement() % employees.size());
            LeanHttp.Answer answer = send("POST", "/api/plans/validate", tokens.get(e.nip()),
                    week(e.nip(), monday, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
            return answer.statusCode() == 200;
        }, Integer.MAX_VALUE);
    }

    /**
     * Office weeks of distinct employees: every employee's plan of the first week, then of the next, for the whole
     * phase; the ids of the plans made go to {@code submitted}.
     */
    private Result submit(List<Employee> employees, Map<String, String> tokens, LocalDate monday, int clients,
                          ConcurrentLinkedQueue<long[]> submitted) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return timed("POST /api/plans", clients, () -> {
            int i = next.getAndIncrement();
            int employee = i % employees.size();
            Employee e = employees.get(employee);
            LeanHttp.Answer answer = send("POST", "/api/plans", tokens.get(e.nip()),
                    week(e.nip(), monday.plusWeeks(i / employees.size()), "KANTOR", "KANTOR", "KANTOR", "KANTOR",
                            "KANTOR"));
            Matcher id = ID.matcher(answer.body());
            if (answer.statusCode() == 201 && id.find()) {
                submitted.add(new long[]{Long.parseLong(id.group(1)), employee});
                return true;
            }
            return false;
        }, Integer.MAX_VALUE);
    }

    /**
     * Validations for two phases at 8 clients, not measured, so that the application's code is compiled before the
     * first phase measured: a freshly started instance answers its first tens of thousands of calls slower.
     */
    private void warmUp(List<Employee> employees, Map<String, String> tokens, LocalDate monday) throws Exception {
        System.out.println("Warm-up, not measured:");
        for (int round = 0; round < 2; round++) {
            validate(employees, tokens, monday, 8);
        }
    }

    private Result approve(List<Employee> employees, Map<String, String> tokens, ConcurrentLinkedQueue<long[]> submitted,
                           int clients) throws Exception {
        int half = Math.max(1, submitted.size() / 2);
        return timed("POST /api/plans/{id}/approve", clients, () -> {
            long[] plan = submitted.poll();
            if (plan == null) {
                return null;
            }
            Employee e = employees.get((int) plan[1]);
            LeanHttp.Answer answer = send("POST", "/api/plans/" + plan[0] + "/approve", tokens.get(e.headNip()), "{}");
            return answer.statusCode() == 200;
        }, half);
    }

    /** The main pages, each for one phase at 8 clients, signed in through the login form as a browser is. */
    private void pages(List<Employee> employees, Connection db) throws Exception {
        String head = employees.get(0).headNip();
        String unit = employees.get(0).unitCode();
        String bigHead;
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("""
                select e.nip from unit u join unit_head h on h.unit_id = u.id and h.ended_on is null
                join employee e on e.id = h.employee_id where u.code = 'KL-01'""")) {
            bigHead = rows.next() ? rows.getString(1) : head;
        }
        List<String[]> pages = List.of(
                new String[]{"ppk", "/beranda/ppk"}, new String[]{"ppk", "/dasbor"}, new String[]{"ppk", "/unit"},
                new String[]{"ppk", "/pegawai"}, new String[]{"ppk", "/pegawai?q=Agus"},
                new String[]{"ppk", "/kelayakan"}, new String[]{"ppk", "/kelayakan?status=layak"},
                new String[]{"ppk", "/kelayakan?status=tidak&fleksibel=LOKASI"},
                new String[]{"ppk", "/kelayakan?jenis=PPPK&unit=KL-01"}, new String[]{"ppk", "/persetujuan"},
                new String[]{"ppk", "/evaluasi"}, new String[]{"ppk", "/audit"},
                new String[]{head, "/beranda/pimpinan"}, new String[]{head, "/persetujuan"},
                new String[]{head, "/unit/" + unit + "/kalender"}, new String[]{head, "/persetujuan/terdampak"},
                new String[]{bigHead, "/beranda/pimpinan"}, new String[]{bigHead, "/persetujuan"},
                new String[]{bigHead, "/unit/KL-01/kalender"}, new String[]{bigHead, "/persetujuan/terdampak"},
                new String[]{"ppk", "/persetujuan/terdampak"});
        long evaluation = latestInstitutionEvaluation(db);
        if (evaluation > 0) {
            pages = new ArrayList<>(pages);
            pages.add(new String[]{"ppk", "/evaluasi/" + evaluation});
        }
        report.add("");
        report.add("| page | account | calls | failures | p50 ms | p95 ms |");
        report.add("|---|---|---|---|---|---|");
        for (String[] page : pages) {
            List<HttpClient> sessions = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                sessions.add(signIn(page[0]));
            }
            AtomicInteger next = new AtomicInteger();
            Result result = timed(page[1], 8, () -> {
                HttpClient session = sessions.get(next.getAndIncrement() % sessions.size());
                HttpResponse<Void> answer = session.send(HttpRequest.newBuilder(URI.create(base + page[1]))
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.discarding());
                return answer.statusCode() == 200;
            }, Integer.MAX_VALUE);
            report.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %.0f |", page[1],
                    page[0].equals("ppk") ? "ppk" : page[0].equals(bigHead) ? "head of KL-01" : "head of " + unit,
                    result.calls(), result.failures(), result.p50(), result.p95()));
        }
    }

    /** The newest evaluation of the whole institution (the evaluation part opens one), 0 when there is none. */
    private static long latestInstitutionEvaluation(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(
                "select max(id) from evaluation where level = 'INSTANSI'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The raw export of four weeks as CSV against COPY of the same rows to nowhere. */
    private void export(Connection db, Map<String, String> tokens) throws Exception {
        LocalDate to = LocalDate.now().with(DayOfWeek.SUNDAY).minusWeeks(1);
        LocalDate from = to.minusWeeks(4).plusDays(1);
        long start = System.nanoTime();
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports/plans?from="
                        + from + "&to=" + to + "&format=csv")).header("Authorization", tokens.get("ppk")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        try (InputStream body = answer.body()) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = body.read(buffer)) > 0) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        long rows = Math.max(0, lines - 1);
        start = System.nanoTime();
        long copied = db.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                copy (select e.nip, e.name, u.code, d.day, p.iso_week, d.kind, d.start_time, d.end_time, d.break_minutes,
                             p.status, p.decided_by
                      from plan_day d join weekly_plan p on p.id = d.plan_id join employee e on e.id = p.employee_id
                      join unit u on u.id = p.unit_id
                      where d.day between '%s' and '%s' order by d.day, u.code, e.nip) to stdout with (format csv)"""
                .formatted(from, to), OutputStream.nullOutputStream());
        double copySeconds = (System.nanoTime() - start) / 1e9;
        report.add("");
        report.add(String.format(Locale.ROOT, "Export %s to %s (status %d): %,d rows, %,d bytes in %.1f s = %,.0f rows/s; "
                        + "COPY of the same rows: %,d in %.1f s = %,.0f rows/s; export = %.2f × COPY",
                from, to, answer.statusCode(), rows, bytes, exportSeconds, rows / exportSeconds, copied, copySeconds,
                copied / copySeconds, (rows / exportSeconds) / (copied / copySeconds)));
    }

    /**
     * Yesterday's attendance of every employee of the large institution, sent by HR in batches of 5,000 from two
     * clients, then the same batches again (a replay: every record unchanged); against {@code COPY} of the same
     * rows into a table of the same columns.
     */
    private void attendance(Connection db) throws Exception {
        LocalDate day = LocalDate.now().minusDays(1);
        String source = "beban-" + System.currentTimeMillis();
        List<Long> ids = new ArrayList<>();
        List<String> nips = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("""
                select e.id, e.nip from employee e join unit u on u.id = e.unit_id
                where u.code = 'KL' or u.code like 'KL-%' order by e.id""")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                nips.add(rows.getString(2));
            }
        }
        List<String> batches = new ArrayList<>();
        int size = 5_000;
        for (int from = 0; from < nips.size(); from += size) {
            StringBuilder body = new StringBuilder("{\"source\":\"").append(source).append("\",\"records\":[");
            for (int i = from; i < Math.min(nips.size(), from + size); i++) {
                body.append(i == from ? "" : ",").append("{\"nip\":\"").append(nips.get(i)).append("\",\"date\":\"")
                        .append(day).append("\",\"checkIn\":\"07:").append(10 + i % 50).append("\",\"checkOut\":\"16:")
                        .append(10 + i % 40).append("\",\"where\":\"").append(i % 5 == 0 ? "RUMAH" : "KANTOR").append("\"}");
            }
            batches.add(body.append("]}").toString());
        }
        LeanHttp.Answer made = send("POST", "/api/tokens", basic("kepegawaian"), "{\"name\":\"beban\",\"expiresInDays\":1}");
        Matcher token = TOKEN.matcher(made.body());
        if (made.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("no token for kepegawaian: " + made.statusCode() + " " + made.body());
        }
        String hr = "Bearer " + token.group(1);
        for (String run : List.of("first", "again")) {
            AtomicInteger failures = new AtomicInteger();
            long start = System.nanoTime();
            parallel(2, batches, batch -> {
                LeanHttp.Answer answer = send("POST", "/api/attendance", hr, batch);
                if (answer.statusCode() != 200) {
                    failures.incrementAndGet();
                    System.out.println("attendance: " + answer.statusCode() + " " + answer.body().substring(0,
                            Math.min(300, answer.body().length())));
                }
                return true;
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            report.add(String.format(Locale.ROOT, "Attendance of %s, %s: %,d records in %d batches (2 clients) in %.1f s = "
                    + "%,.0f records/s, %d failed", day, run, nips.size(), batches.size(), seconds, nips.size() / seconds,
                    failures.get()));
        }
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            csv.append(ids.get(i)).append(',').append(day).append(",copy,07:").append(10 + i % 50)
                    .append(",16:").append(10 + i % 40).append(',').append(i % 5 == 0 ? "RUMAH" : "KANTOR")
                    .append(",now(),beban\n");
        }
        try (Statement statement = db.createStatement()) {
            statement.execute("create temporary table attendance_copy (employee_id bigint, day date, source text, "
                    + "check_in time, check_out time, place text, received_at text, received_by text)");
        }
        long start = System.nanoTime();
        long copied = db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy attendance_copy from stdin with (format csv)", new java.io.StringReader(csv.toString()));
        double copySeconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format(Locale.ROOT, "COPY of the same rows into a table of the same columns: %,d in %.1f s = "
                + "%,.0f rows/s", copied, copySeconds, copied / copySeconds));
        discrepancies(db, day, hr);
    }

    /**
     * The discrepancy report of the attendance day's week up to that day, for the institution and for one unit
     * with its sub-units, as HR downloads it; against the reconciliation query alone over the same days.
     */
    private void discrepancies(Connection db, LocalDate day, String hr) throws Exception {
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        for (String unit : new String[] {"", "KL-01"}) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/reports/attendance-discrepancies?format=csv&from=" + monday + "&to=" + day
                            + (unit.isEmpty() ? "" : "&unit=" + unit))).timeout(Duration.ofSeconds(600))
                    .header("Authorization", hr).GET().build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            report.add(String.format(Locale.ROOT, "Discrepancy report %s to %s, %s (status %d): %,d bytes in %.1f s",
                    monday, day, unit.isEmpty() ? "the institution" : unit + " and below", answer.statusCode(),
                    answer.body().length(), seconds));
        }
        long start = System.nanoTime();
        long rows;
        try (Statement statement = db.createStatement(); ResultSet counted = statement.executeQuery("""
                select count(*) filter (where absent or elsewhere or off_hours or incomplete or no_output), count(*)
                from attendance_reconciliation(date '%s', date '%s', date '%s', null, array[]::date[],
                     array[date '2000-01-01'], array[60], time '07:30', time '16:00', time '16:30', 60, 90, 450)"""
                .formatted(monday, monday.plusDays(6), day))) {
            counted.next();
            rows = counted.getLong(2);
            report.add(String.format(Locale.ROOT, "The reconciliation query alone, %s to %s: %,d employee-days, %,d "
                    + "with findings, in %.1f s", monday, monday.plusDays(6), rows, counted.getLong(1),
                    (System.nanoTime() - start) / 1e9));
        }
    }

    /**
     * The institution evaluation of every week up to this one that the large institution holds approved plans of
     * (not the later weeks the API's phases submit and approve), opened by the PPK through the
     * API (its figures counted in SQL and stored, the three aspects with the SKP achievements and the stored weekly
     * discrepancies), then read again as it is opened on its page; and the recomputation of the stored discrepancy
     * figures of the latest judged week.
     */
    private void evaluation(Connection db) throws Exception {
        LocalDate from;
        LocalDate to;
        try (Statement statement = db.createStatement(); ResultSet weeks = statement.executeQuery("""
                select min(p.week_start), max(p.week_start) + 6 from weekly_plan p join unit u on u.id = p.unit_id
                where u.code like 'KL%' and p.status = 'APPROVED' and p.week_start <= current_date""")) {
            weeks.next();
            from = weeks.getObject(1, LocalDate.class);
            to = weeks.getObject(2, LocalDate.class);
        }
        LeanHttp.Answer made = send("POST", "/api/tokens", basic("ppk"), "{\"name\":\"beban\",\"expiresInDays\":1}");
        Matcher token = TOKEN.matcher(made.body());
        if (made.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("no token for ppk: " + made.statusCode() + " " + made.body());
        }
        String ppk = "Bearer " + token.group(1);
        LocalDate monday = LocalDate.now().minusDays(LocalDate.now().getDayOfWeek().getValue() + 6L);
        long start = System.nanoTime();
        HttpResponse<String> recomputed = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/attendance/discrepancy-weeks/recompute?from=" + monday + "&to=" + monday.plusDays(6)))
                .timeout(Duration.ofSeconds(900)).header("Authorization", ppk)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        report.add(String.format(Locale.ROOT, "Stored discrepancy figures of the week of %s recomputed (status %d) "
                + "in %.1f s", monday, recomputed.statusCode(), (System.nanoTime() - start) / 1e9));
        start = System.nanoTime();
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(base + "/api/evaluations"))
                .timeout(Duration.ofSeconds(900)).header("Authorization", ppk)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"periodFrom\":\"" + from + "\",\"periodTo\":\"" + to + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format(Locale.ROOT, "Institution evaluation %s to %s opened (status %d): %,d bytes in %.1f s",
                from, to, opened.statusCode(), opened.body().length(), seconds));
        Matcher created = ID.matcher(opened.body());
        String id;
        if (opened.statusCode() == 201 && created.find()) {
            id = created.group(1);
        } else {
            // an earlier run opened the evaluation of this period: its figures are computed again, the same work
            try (PreparedStatement same = db.prepareStatement("""
                    select id from evaluation where level = 'INSTANSI' and period_from = ? and period_to = ?""")) {
                same.setObject(1, from);
                same.setObject(2, to);
                try (ResultSet rows = same.executeQuery()) {
                    if (!rows.next()) {
                        return;
                    }
                    id = Long.toString(rows.getLong(1));
                }
            }
            start = System.nanoTime();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base + "/api/evaluations/" + id
                            + "/recompute")).timeout(Duration.ofSeconds(900)).header("Authorization", ppk)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            report.add(String.format(Locale.ROOT, "The institution evaluation %s (opened by an earlier run) computed "
                    + "again (status %d): %,d bytes in %.1f s", id, again.statusCode(), again.body().length(),
                    (System.nanoTime() - start) / 1e9));
        }
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long began = System.nanoTime();
            send("GET", "/api/evaluations/" + id, ppk, "");
            reads.add((System.nanoTime() - began) / 1_000_000);
        }
        reads.sort(null);
        report.add(String.format(Locale.ROOT, "The same evaluation read 20 times: p50 %d ms, p95 %d ms",
                reads.get(9), reads.get(18)));
    }

    private HttpClient signIn(String username) throws Exception {
        HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String login = session.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<Void> answer = session.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return session;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    interface Call {
        /** true: succeeded, false: failed, null: nothing left to do. */
        Boolean call() throws Exception;
    }

    /** Runs the call from {@code clients} threads for one phase (or until {@code limit} calls or none left). */
    private Result timed(String what, int clients, Call call, int limit) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        long deadline = System.nanoTime() + phase.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline && started.getAndIncrement() < limit) {
                    long began = System.nanoTime();
                    Boolean ok;
                    try {
                        ok = call.call();
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (ok == null) {
                        return null;
                    }
                    latencies.add(System.nanoTime() - began);
                    if (!ok) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(phase.toSeconds() + 300, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1)) / 1e6;
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        Result result = new Result(what, clients, sorted.size(), failures.get(), sorted.size() / seconds, p95, p50);
        System.out.println(result.line());
        return result;
    }

    private static <T> void parallel(int threads, List<T> items, ThrowingFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Boolean>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            // a failed call ends the run instead of leaving the pool's threads to keep it alive
            pool.shutdownNow();
        }
    }

    interface ThrowingFunction<T> {
        Boolean apply(T item) throws Exception;
    }

    /** A JSON call through the lean client: the load's own CPU is not spent on the cores it measures. */
    private LeanHttp.Answer send(String method, String path, String authorization, String json) throws Exception {
        return lean.send(method, path, authorization, json);
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String week(String nip, LocalDate monday, String... kinds) {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"").append(monday.plusDays(i)).append("\",\"kind\":\"")
                    .append(kinds[i]).append("\"}");
        }
        String isoWeek = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return "{\"nip\":\"" + nip + "\",\"week\":\"" + isoWeek + "\",\"flexType\":\"NONE\",\"days\":[" + days + "]}";
    }
}
