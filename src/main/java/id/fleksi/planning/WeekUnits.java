package id.fleksi.planning;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The institution's offices an employee may name for a day at another office (Pasal 12 ayat (1) huruf a, ayat
 * (2)): every unit, by name. Read from the unit table, as the weekly plans' store does.
 */
@Component
class WeekUnits {

    private final JdbcClient jdbc;

    WeekUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Code to name, in the order of their names. */
    Map<String, String> all() {
        Map<String, String> units = new LinkedHashMap<>();
        jdbc.sql("select code, name from unit_directory order by name, code")
                .query((rs, n) -> units.put(rs.getString(1), rs.getString(2))).list();
        return units;
    }
}
