package id.fleksi.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A civil servant (Pegawai ASN) of the institution. */
@Entity
@Table(name = "employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nip;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "employee_type")
    private EmployeeType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    private String position;

    /** TMT jabatan (Pasal 25 ayat (1) huruf b, ayat (2)). */
    private LocalDate positionSince;

    /** The domicile registered in personnel data (Pasal 12 ayat (3)). */
    private String domicile;

    private boolean active;

    @Version
    private long version;

    protected Employee() {
    }

    void update(String name, EmployeeType type, Unit unit, String position, LocalDate positionSince,
                String domicile) {
        this.name = name;
        this.type = type;
        this.unit = unit;
        this.position = position;
        this.positionSince = positionSince;
        this.domicile = domicile;
    }

    /** Marks the employee inactive; false when they already were. */
    boolean deactivate() {
        boolean changed = active;
        active = false;
        return changed;
    }

    /** Marks the employee active again; false when they already were. */
    boolean activate() {
        boolean changed = !active;
        active = true;
        return changed;
    }

    long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getNip() {
        return nip;
    }

    public String getName() {
        return name;
    }

    public EmployeeType getType() {
        return type;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getPosition() {
        return position;
    }

    public LocalDate getPositionSince() {
        return positionSince;
    }

    public String getDomicile() {
        return domicile;
    }

    public boolean isActive() {
        return active;
    }
}
