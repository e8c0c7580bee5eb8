package id.fleksi.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.ZoneId;

/** A unit of the institution (Unit Organisasi); units form a hierarchy. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    /** The zone in which the unit's working hours are counted (Pasal 3 ayat (2)): WIB, WITA or WIT. */
    private String timeZone;

    @Version
    private long version;

    protected Unit() {
    }

    Unit(String code, String name, Unit parent, UnitZone zone) {
        this.code = code;
        this.name = name;
        this.parent = parent;
        this.timeZone = zone.zoneId();
    }

    void rename(String name, UnitZone zone) {
        this.name = name;
        this.timeZone = zone.zoneId();
    }

    /** Places the unit under another parent (or at the top); the caller has checked that no cycle follows. */
    void moveTo(Unit newParent) {
        this.parent = newParent;
    }

    long getVersion() {
        return version;
    }

    UnitZone getZone() {
        return UnitZone.ofZoneId(timeZone).orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Unit getParent() {
        return parent;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }
}
