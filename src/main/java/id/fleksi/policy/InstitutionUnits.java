package id.fleksi.policy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The institution's units as the determination names them (Pasal 19 ayat (4): the units designated for
 * sif). Read straight from the unit table, by code, because the organisation module offers no list of all
 * units to other modules.
 */
@Component
class InstitutionUnits {

    private final JdbcClient jdbc;

    InstitutionUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit, code to name, in the order of their codes. */
    Map<String, String> all() {
        Map<String, String> units = new LinkedHashMap<>();
        jdbc.sql("select code, name from unit_directory order by code")
                .query((rs, n) -> units.put(rs.getString(1), rs.getString(2))).list();
        return units;
    }

    /** The codes among these that name no unit. */
    List<String> unknown(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> known = jdbc.sql("select code from unit_directory where code = any(:codes)")
                .param("codes", codes.toArray(String[]::new)).query(String.class).list();
        return codes.stream().filter(code -> !known.contains(code)).toList();
    }
}
