/**
 * Six-monthly evaluations and the reports HR and the PPK hand on (Pasal 31, Pasal 35).
 */
package id.fleksi.evaluation;
