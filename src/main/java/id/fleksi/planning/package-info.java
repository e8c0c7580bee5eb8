/**
 * Weekly work plans of employees, their approval by unit heads, shift rosters and unit coverage (Pasal 19 ayat (3), Pasal 27).
 */
package id.fleksi.planning;
