package id.fleksi.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three time zones of Indonesia a unit's working hours are counted in (Pasal 3 ayat (2): "zona waktu
 * setempat"), with the abbreviation people use.
 */
public enum UnitZone {
    WIB("Asia/Jakarta"), WITA("Asia/Makassar"), WIT("Asia/Jayapura");

    private final String zoneId;

    UnitZone(String zoneId) {
        this.zoneId = zoneId;
    }

    public String zoneId() {
        return zoneId;
    }

    /** The zone of an IANA id such as {@code Asia/Makassar}; empty for any other. */
    public static Optional<UnitZone> ofZoneId(String zoneId) {
        return Arrays.stream(values()).filter(zone -> zone.zoneId.equals(zoneId)).findFirst();
    }

    /** The zone of an IANA id or of an abbreviation in any case (WIB, WITA, WIT); empty for any other text. */
    public static Optional<UnitZone> named(String text) {
        String name = text == null ? "" : text.strip();
        return ofZoneId(name).or(() -> Arrays.stream(values())
                .filter(zone -> zone.name().equals(name.toUpperCase(Locale.ROOT))).findFirst());
    }
}
