/**
 * The few things every module uses: the embedded database, languages, problem details and error pages.
 * Open to all modules; it depends on none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package id.fleksi.shared;

import org.springframework.modulith.ApplicationModule;
