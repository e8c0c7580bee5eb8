/**
 * Eligibility of employees for each kind of flexible work, as the {@code rules} module judges it from the
 * facts HR keeps, the tasks, and the PPK's determination: the API for other systems and the pages that show
 * an employee, HR, the PPK and unit heads what the rules used and why.
 */
package id.fleksi.eligibility;
