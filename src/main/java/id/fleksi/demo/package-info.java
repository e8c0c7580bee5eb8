/**
 * The demo institution loaded into an empty embedded database.
 */
package id.fleksi.demo;
