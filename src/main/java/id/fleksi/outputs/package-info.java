/**
 * Work outputs (hasil kerja): what an employee records as the results of a day, linked where they like to one of
 * their tasks, to where the result can be seen and to an evidence file (kept by {@code documents}), and the unit
 * head's review of them (accepted, or returned with a
 * note). The daily performance record by which the institution supervises flexible work, work-from-anywhere days in
 * particular: Pasal 7 (flexible work improves performance through measured performance assessment) and Pasal 35
 * ayat (3) huruf b (the evaluation of the employees' performance). HR imports the daily performance records an
 * institution keeps in another system (BKN's e-Kinerja) as outputs waiting for review. Other modules read the view
 * {@code output_directory}.
 */
package id.fleksi.outputs;
