/**
 * Backups of the institution's database and their restore: a consistent copy of every table of Fleksi in one
 * file, taken every night (and before the schema is migrated to a new version) into a folder the operator
 * chooses, the oldest removed beyond a number kept; and a restore of such a file into an empty database when
 * the application starts with {@code fleksi.backup.restore}. The same for the embedded PostgreSQL and for any
 * other, since it needs only the application's own connection.
 */
package id.fleksi.backup;
