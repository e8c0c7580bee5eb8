package id.fleksi.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of the application. {@link #PIMPINAN_UNIT} is never stored: an account holds it while its
 * employee heads a unit, or acts as its head (Plt/Plh) today, and it reaches that unit and its sub-units only.
 */
public enum Role {
    PPK, KEPEGAWAIAN, PIMPINAN_UNIT, PEGAWAI;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
