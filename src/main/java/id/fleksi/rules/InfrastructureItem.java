package id.fleksi.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The work infrastructure a task may need for location flexibility, and that an employee declares ready.
 * Pasal 15 ayat (2): "Kesiapan infrastruktur ... sesuai kebutuhan pelaksanaan tugas jabatan." The regulation
 * names no list; these are the institution's items, read with Pasal 23 huruf c (a task done with information
 * and communication technology).
 */
public enum InfrastructureItem {

    /** A work device: a computer, laptop or tablet. */
    PERANGKAT(Text.of("perangkat kerja", "a work device")),
    /** An internet connection. */
    INTERNET(Text.of("jaringan internet", "an internet connection")),
    /** Access to the institution's applications and systems from outside the office. */
    APLIKASI(Text.of("akses aplikasi/sistem kerja", "access to work applications and systems"));

    private final Text label;

    InfrastructureItem(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** The item of that name, or empty. */
    public static Optional<InfrastructureItem> named(String name) {
        return Arrays.stream(values()).filter(item -> item.name().equals(name)).findFirst();
    }

    /** The known items among the names, in the order of the list; unknown names are left out. */
    public static Set<InfrastructureItem> of(Collection<String> names) {
        Set<InfrastructureItem> items = EnumSet.noneOf(InfrastructureItem.class);
        if (names != null) {
            names.forEach(name -> named(name).ifPresent(items::add));
        }
        return items;
    }

    /** The names of the items, in the order of the list. */
    public static List<String> names(Collection<InfrastructureItem> items) {
        return items.stream().sorted().map(Enum::name).toList();
    }

    /** The regular expression every item name matches, for the input checks. */
    public static final String PATTERN = "PERANGKAT|INTERNET|APLIKASI";
}
