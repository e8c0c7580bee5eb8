/**
 * Reports the institution hands on: evaluation reports and the determination report for the Minister (Pasal 31),
 * written as CSV, XLSX or PDF from one description of the document, and raw data exports streamed from the
 * database.
 */
package id.fleksi.reports;
