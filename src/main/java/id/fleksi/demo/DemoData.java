package id.fleksi.demo;

import id.fleksi.security.AccountSetup;
import id.fleksi.security.NewAccount;
import id.fleksi.security.Role;
import id.fleksi.shared.database.NoDatasourceConfigured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads a demo institution into an empty database: on the embedded PostgreSQL by default, elsewhere only
 * when {@code fleksi.demo.enabled=true}. The demo accounts {@code ppk}, {@code kepegawaian},
 * {@code kepala}, {@code kepala.igd} and {@code pegawai}, and every demo employee (by NIP), sign in with {@value #PASSWORD}.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo12345";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Environment environment;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AccountSetup accounts;
    private final TransactionTemplate transaction;

    DemoData(Environment environment, DataSource dataSource, JdbcClient jdbc, AccountSetup accounts,
             TransactionTemplate transaction) {
        this.environment = environment;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = environment.getProperty("fleksi.demo.enabled", Boolean.class,
                NoDatasourceConfigured.embedded(environment));
        if (!enabled) {
            return;
        }
        boolean empty = jdbc.sql("select not exists(select 1 from institution)").query(Boolean.class).single();
        if (empty) {
            transaction.executeWithoutResult(status -> load());
            log.info("Loaded the demo institution");
        }
        log.info("Demo accounts: ppk, kepegawaian, kepala, kepala.igd, pegawai (password {})", PASSWORD);
    }

    /** The demo scripts, {@code demo/*.sql}, in the order of their names (each module adds its own). */
    private static Resource[] scripts() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.sql");
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load() {
        new ResourceDatabasePopulator(scripts()).execute(dataSource);
        List<NewAccount> demo = new ArrayList<>(List.of(
                new NewAccount("ppk", "Pejabat Pembina Kepegawaian", null, Set.of(Role.PPK), PASSWORD, false),
                new NewAccount("kepegawaian", "Fitri Rahayu", "197701182022032006",
                        Set.of(Role.KEPEGAWAIAN, Role.PEGAWAI), PASSWORD, false),
                new NewAccount("kepala", "Joko Permata", "197608222012071001", Set.of(Role.PEGAWAI), PASSWORD,
                        false),
                new NewAccount("pegawai", "Kartika Nugroho", "198808122010042002", Set.of(Role.PEGAWAI),
                        PASSWORD, false)));
        Set<String> named = Set.of("197701182022032006", "197608222012071001", "198808122010042002");
        // a demo script may give an employee a named account of its own (e.g. kepala.igd in 40-rosters.sql)
        jdbc.sql("""
                        select nip, name from employee e
                        where not exists(select 1 from account a where a.employee_id = e.id) order by nip""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list().stream()
                .filter(employee -> !named.contains(employee[0]))
                .forEach(employee -> demo.add(new NewAccount(employee[0], employee[1], employee[0],
                        Set.of(Role.PEGAWAI), PASSWORD, false)));
        accounts.createAll(demo);
    }
}
