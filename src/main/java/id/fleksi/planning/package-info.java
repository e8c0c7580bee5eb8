/**
 * Weekly work plans of employees, their approval by unit heads and unit coverage (Pasal 14, Pasal 27).
 */
package id.fleksi.planning;
