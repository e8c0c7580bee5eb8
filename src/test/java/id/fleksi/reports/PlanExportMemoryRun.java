package id.fleksi.reports;

import id.fleksi.rules.PlanDay;
import id.fleksi.shared.csv.CsvDialect;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The raw export of plans run on its own, as {@link PlanExportMemoryTest} starts it in a JVM with a small heap:
 * {@code java -Xmx96m -cp ... id.fleksi.reports.PlanExportMemoryRun <jdbc-url> <user> <password> <from> <to> <csv|xlsx>...}.
 * Writes each format to a stream that only counts the bytes, and prints the rows, bytes, time and the most heap
 * used.
 */
public final class PlanExportMemoryRun {

    private PlanExportMemoryRun() {
    }

    public static void main(String[] args) throws IOException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        dataSource.setUser(args[1]);
        dataSource.setPassword(args[2]);
        LocalDate from = LocalDate.parse(args[3]);
        LocalDate to = LocalDate.parse(args[4]);
        PlanExport export = new PlanExport(dataSource, new DataSourceTransactionManager(dataSource));
        // the codes as their own labels: the memory used does not depend on the words
        PlanExport.Labels labels = new PlanExport.Labels(PlanExport.COLUMNS, "Rencana",
                Arrays.stream(PlanDay.DayKind.values()).collect(Collectors.toMap(Enum::name, Enum::name)),
                ReportDownloads.PLAN_STATUSES.stream().collect(Collectors.toMap(s -> s, s -> s)),
                CsvDialect.INDONESIAN);
        for (int i = 5; i < args.length; i++) {
            ReportFormat format = ReportFormat.named(args[i]).orElseThrow();
            Counting out = new Counting();
            long start = System.nanoTime();
            long rows = export.write(from, to, format, labels, out);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf("export %s: %d rows, %d MB, %.1f s, max heap %d MB, "
                            + "peak heap %d MB (garbage included), peak of the old generation %d MB%n",
                    format.extension(), rows, out.bytes >> 20, took.toMillis() / 1000.0,
                    Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20, oldGeneration() >> 20);
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** What outlived young collections: the export's lasting state (the JVM runs with the serial collector). */
    private static long oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Tenured"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Throws the bytes away, counting them. */
    private static final class Counting extends OutputStream {

        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
