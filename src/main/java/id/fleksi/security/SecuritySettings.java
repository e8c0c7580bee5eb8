package id.fleksi.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param signInLimits      how many failed sign-ins are allowed, and how fast they come back
 * @param minPasswordLength the shortest password accepted
 * @param initialPpk        the PPK account created on the first start against an empty database
 */
@ConfigurationProperties("fleksi.security")
record SecuritySettings(
        @DefaultValue SignInLimits signInLimits,
        @DefaultValue("8") int minPasswordLength,
        InitialPpk initialPpk) {

    /**
     * Failed sign-ins allowed before further attempts wait, each a list of limits such as {@code "5/5m, 20/1d"}
     * (five per five minutes, twenty a day): a limit's attempts come back evenly over its period, so the wait
     * grows as the failures go on. A successful sign-in does not count.
     *
     * @param perAccountAtAddress one account from one client address
     * @param perAddress          one client address, whatever account it tries
     * @param perAccount          one account from every address together (a distributed guess)
     * @param overall             every sign-in together, which spares the server's processors from hashing a flood
     */
    record SignInLimits(
            @DefaultValue("5/5m, 20/1d") String perAccountAtAddress,
            @DefaultValue("60/10m, 300/1d") String perAddress,
            @DefaultValue("100/1h, 500/1d") String perAccount,
            @DefaultValue("600/1m") String overall) {
    }

    /**
     * Given on the first start of a configured installation; the password must be changed at first sign-in. With
     * {@code reset} the operator gives an existing PPK account of that username this password as a new initial
     * one at the next start (the PPK forgot theirs); the setting is to be removed afterwards.
     */
    record InitialPpk(String username, String password, @DefaultValue("PPK") String name,
                      @DefaultValue("false") boolean reset) {
    }
}
