/**
 * The few things every module uses: the embedded database, languages, problem details and error pages.
 * Open to all modules; of them it depends only on {@code rules} (plain Java that depends on nothing), for the
 * working week.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package id.fleksi.shared;

import org.springframework.modulith.ApplicationModule;
