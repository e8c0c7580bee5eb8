/**
 * Task inventory: the tasks of each unit with their characteristics (Pasal 9) and criteria (Pasal 22–24, 13 ayat (2) huruf a).
 */
package id.fleksi.tasks;
