package id.fleksi.organisation;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the organisation's paths: HR keeps it, the PPK reads it, unit heads read their units (checked per
 * record).
 */
@Component
@Order(20)
class OrganisationPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/api/units", "/api/units/*").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers(HttpMethod.POST, "/api/units").hasRole(HR)
                .requestMatchers(HttpMethod.PUT, "/api/units/*", "/api/units/*/head").hasRole(HR)
                // Requests for a special circumstance: employees ask, a head in scope recommends, HR decides; each
                // reads those within their scope (checked per record)
                .requestMatchers(HttpMethod.POST, CircumstanceRequestsApi.PATH).hasRole(EMPLOYEE)
                .requestMatchers(HttpMethod.POST, CircumstanceRequestsApi.PATH + "/*/decision").hasAnyRole(HEAD, HR)
                .requestMatchers(HttpMethod.GET, CircumstanceRequestsApi.PATH, CircumstanceRequestsApi.PATH + "/*",
                        CircumstanceRequestsApi.PATH + "/*/files/*").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/employees").hasAnyRole(PPK, HR, HEAD)
                // an employee reads their own record; the services check whose record it is
                .requestMatchers(HttpMethod.GET, "/api/employees/*", "/api/employees/*/records").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/employees/*/infrastructure").hasRole(EMPLOYEE)
                .requestMatchers("/api/employees", "/api/employees/**").hasRole(HR)
                .requestMatchers("/api/personnel/**").hasRole(HR);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(CircumstanceRequestPages.OWN).hasRole(EMPLOYEE)
                .requestMatchers(HttpMethod.GET, CircumstanceRequestPages.LIST).hasAnyRole(PPK, HR, HEAD)
                .requestMatchers(HttpMethod.GET, CircumstanceRequestPages.LIST + "/*",
                        CircumstanceRequestPages.LIST + "/*/berkas/*").authenticated()
                .requestMatchers(HttpMethod.POST, CircumstanceRequestPages.LIST + "/*/putuskan").hasAnyRole(HEAD, HR)
                .requestMatchers(HttpMethod.GET, "/unit/baru").hasRole(HR)
                // a unit's pages, the unit calendar of planning among them
                .requestMatchers(HttpMethod.GET, "/unit", "/unit/**").hasAnyRole(PPK, HR, HEAD)
                // Acting heads (Plt/Plh): the unit's own head or HR names and ends them (checked per unit; an
                // acting head cannot delegate further); everyone who reads the unit sees them
                .requestMatchers(HttpMethod.POST, "/unit/*/pelaksana", "/unit/*/pelaksana/*/akhiri")
                .hasAnyRole(HR, HEAD)
                .requestMatchers("/unit", "/unit/**").hasRole(HR)
                .requestMatchers(HttpMethod.GET, "/pegawai/baru", "/pegawai/impor", "/pegawai/impor/templat",
                        "/pegawai/impor-riwayat", "/pegawai/impor-riwayat/*", "/pegawai/*/ubah", "/pegawai/*/nonaktifkan",
                        "/pegawai/*/atur-ulang-sandi")
                .hasRole(HR)
                .requestMatchers(HttpMethod.GET, "/pegawai", "/pegawai/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/pegawai", "/pegawai/**").hasRole(HR)
                // The letterhead and signatory of the printed reports: the PPK and HR keep them
                .requestMatchers("/pengaturan/instansi").hasAnyRole(PPK, HR);
    }
}
