package id.fleksi.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which path, for the API and the pages. The authorization-matrix test checks every endpoint
 * against its expected status per role; records are checked again by the services.
 */
final class Access {

    private static final String PPK = Role.PPK.name();
    private static final String HR = Role.KEPEGAWAIAN.name();
    private static final String HEAD = Role.PIMPINAN_UNIT.name();
    private static final String EMPLOYEE = Role.PEGAWAI.name();

    private Access() {
    }

    static AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        return paths
                .requestMatchers(HttpMethod.GET, "/api/me").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/me/password").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/me/code-of-conduct").authenticated()
                // API tokens: everyone makes, lists and revokes their own (another's id is a 404)
                .requestMatchers(HttpMethod.POST, "/api/tokens").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/tokens").authenticated()
                .requestMatchers(HttpMethod.DELETE, "/api/tokens/*").authenticated()
                // Organisation: HR keeps it, the PPK reads it, unit heads read their units (checked per record)
                .requestMatchers(HttpMethod.GET, "/api/units", "/api/units/*").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers(HttpMethod.POST, "/api/units").hasRole(HR)
                .requestMatchers(HttpMethod.PUT, "/api/units/*", "/api/units/*/head").hasRole(HR)
                .requestMatchers(HttpMethod.GET, "/api/employees").hasAnyRole(PPK, HR, HEAD)
                // The list of who may use which kind of flexible work (scope checked by the service)
                .requestMatchers(HttpMethod.GET, "/api/eligibility").hasAnyRole(PPK, HR, HEAD)
                // an employee reads their own record and eligibility; the services check whose record it is
                .requestMatchers(HttpMethod.GET, "/api/employees/*", "/api/employees/*/eligibility",
                        "/api/employees/*/records").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/employees/*/infrastructure").hasRole(EMPLOYEE)
                .requestMatchers("/api/employees", "/api/employees/**").hasRole(HR)
                // The task inventory (Pasal 9, 22-24)
                .requestMatchers(HttpMethod.GET, "/api/tasks", "/api/tasks/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/api/tasks", "/api/tasks/**", "/api/assignments/**").hasRole(HR)
                // The determination: everyone reads it, the PPK sets it; holidays are kept by the PPK and HR
                .requestMatchers(HttpMethod.GET, "/api/policy", "/api/policy/**", "/api/holidays/*").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/policy").hasRole(PPK)
                .requestMatchers(HttpMethod.PUT, "/api/holidays/*").hasAnyRole(PPK, HR)
                // Weekly plans: validating stores nothing; the service checks whose plan it is
                .requestMatchers(HttpMethod.POST, "/api/plans/validate").authenticated()
                // an employee submits and reads their own plans; heads (or the PPK) decide those of their units
                .requestMatchers(HttpMethod.POST, "/api/plans").hasRole(EMPLOYEE)
                .requestMatchers(HttpMethod.GET, "/api/plans", "/api/plans/*").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/plans/*/approve", "/api/plans/*/reject").hasAnyRole(PPK, HEAD)
                .requestMatchers(HttpMethod.GET, "/api/units/*/coverage").hasAnyRole(PPK, HR, HEAD)
                // Evaluations (Pasal 35): the PPK and unit heads open and finalize them (scope checked by the
                // service), HR reads and exports them
                .requestMatchers(HttpMethod.POST, "/api/evaluations", "/api/evaluations/*/finalize",
                        "/api/evaluations/*/recompute")
                .hasAnyRole(PPK, HEAD)
                .requestMatchers(HttpMethod.GET, "/api/evaluations", "/api/evaluations/*",
                        "/api/evaluations/*/export").hasAnyRole(PPK, HR, HEAD)
                // Notifications: everyone reads and marks their own (the service answers 404 for another's)
                .requestMatchers(HttpMethod.GET, "/api/notifications").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/notifications/*/read").authenticated()
                // Reports: the determination report for the Minister (Pasal 31) and the raw export of plans
                .requestMatchers(HttpMethod.GET, "/api/reports/determination", "/api/reports/plans")
                .hasAnyRole(PPK, HR)
                // The audit trail: read only, and only by the PPK and HR
                .requestMatchers(HttpMethod.GET, "/api/audit").hasAnyRole(PPK, HR);
    }

    static AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        return paths
                .requestMatchers("/login", "/lupa-kata-sandi", "/error", "/error/**", "/webjars/**", "/assets/**",
                        "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/beranda/ppk").hasRole(PPK)
                .requestMatchers("/beranda/kepegawaian").hasRole(HR)
                .requestMatchers("/beranda/pimpinan").hasRole(HEAD)
                .requestMatchers("/beranda/pegawai").hasRole(EMPLOYEE)
                // An employee's own pages
                .requestMatchers("/saya/**").hasRole(EMPLOYEE)
                // Organisation: HR keeps it, the PPK reads it, unit heads read their units (checked per record)
                .requestMatchers(HttpMethod.GET, "/unit/baru").hasRole(HR)
                .requestMatchers(HttpMethod.GET, "/unit", "/unit/**").hasAnyRole(PPK, HR, HEAD)
                // Acting heads (Plt/Plh): the unit's own head or HR names and ends them (checked per unit; an
                // acting head cannot delegate further); everyone who reads the unit sees them
                .requestMatchers(HttpMethod.POST, "/unit/*/pelaksana", "/unit/*/pelaksana/*/akhiri")
                .hasAnyRole(HR, HEAD)
                .requestMatchers("/unit", "/unit/**").hasRole(HR)
                .requestMatchers(HttpMethod.GET, "/pegawai/baru", "/pegawai/impor", "/pegawai/impor/templat",
                        "/pegawai/*/ubah",
                        "/pegawai/*/nonaktifkan", "/pegawai/*/atur-ulang-sandi")
                .hasRole(HR)
                .requestMatchers(HttpMethod.GET, "/pegawai", "/pegawai/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/pegawai", "/pegawai/**").hasRole(HR)
                .requestMatchers(HttpMethod.GET, "/kelayakan").hasAnyRole(PPK, HR, HEAD)
                // The task inventory
                .requestMatchers(HttpMethod.GET, "/tugas/baru", "/tugas/impor", "/tugas/impor/*/templat", "/tugas/*/ubah",
                        "/tugas/*/penugasan/*/hapus").hasRole(HR)
                .requestMatchers(HttpMethod.GET, "/tugas", "/tugas/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/tugas", "/tugas/**").hasRole(HR)
                // The determination: the PPK sets it; HR and unit heads read it
                .requestMatchers(HttpMethod.GET, "/kebijakan/ubah").hasRole(PPK)
                .requestMatchers(HttpMethod.GET, "/kebijakan", "/kebijakan/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/kebijakan", "/kebijakan/**").hasRole(PPK)
                .requestMatchers("/hari-libur", "/hari-libur/**").hasAnyRole(PPK, HR)
                // Evaluations (Pasal 35): the PPK and unit heads open and finalize them, HR reads and exports them;
                // service indicators are recorded by the PPK, HR and unit heads (scope checked by the services)
                .requestMatchers(HttpMethod.GET, "/evaluasi/baru", "/evaluasi/*/finalkan").hasAnyRole(PPK, HEAD)
                .requestMatchers("/evaluasi/indikator", "/evaluasi/indikator/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers(HttpMethod.GET, "/evaluasi", "/evaluasi/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/evaluasi", "/evaluasi/**").hasAnyRole(PPK, HEAD)
                // The presence dashboard: the institution for the PPK and HR, their units for heads
                .requestMatchers(HttpMethod.GET, "/dasbor").hasAnyRole(PPK, HR, HEAD)
                // A private calendar feed: the secret token in the path is the credential (calendar apps
                // cannot sign in); an unknown or renewed token is a 404
                .requestMatchers(HttpMethod.GET, "/kalender/*").permitAll()
                // Notifications and the address they are mailed to: everyone, their own only
                .requestMatchers("/notifikasi", "/notifikasi/**", "/akun/surel").authenticated()
                // API tokens: everyone, their own only
                .requestMatchers("/akun/token", "/akun/token/**").authenticated()
                // Shift rosters (Pasal 19 ayat (3)): unit heads divide their units' shifts, the PPK reads them
                .requestMatchers(HttpMethod.GET, "/sif", "/sif/**").hasAnyRole(PPK, HEAD)
                .requestMatchers("/sif", "/sif/**").hasRole(HEAD)
                // The inbox of weekly plans: heads decide their units' plans, the PPK any (checked per plan);
                // HR reads the approved plans up for review across the institution, without deciding them
                .requestMatchers(HttpMethod.GET, "/persetujuan/terdampak", "/persetujuan/terdampak/*")
                .hasAnyRole(PPK, HEAD, HR)
                .requestMatchers("/persetujuan", "/persetujuan/**").hasAnyRole(PPK, HEAD)
                // Reports and their downloads: the PPK and HR
                .requestMatchers(HttpMethod.GET, "/laporan", "/laporan/**").hasAnyRole(PPK, HR)
                // The letterhead and signatory of the printed reports: the PPK and HR keep them
                .requestMatchers("/pengaturan/instansi").hasAnyRole(PPK, HR)
                .requestMatchers("/audit", "/audit/**").hasAnyRole(PPK, HR);
    }

}
