/**
 * Each role's home page (PPK, HR, unit head, employee): what the person needs to see first, gathered from the
 * modules that keep it, and where to go next. It depends on them; none depends on it.
 */
package id.fleksi.home;
