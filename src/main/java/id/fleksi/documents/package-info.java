/**
 * Documents: the files kept as evidence (an output's proof of work, a special circumstance's letter). A module asks
 * {@link id.fleksi.documents.Documents} to keep a file for a purpose and keeps its id; the file is accepted only as a
 * PDF, PNG or JPEG (told from its bytes, never from its name) within a size limit, and a refused file leaves nothing
 * behind. The owning module decides who may read a file and serves it with {@link id.fleksi.documents.DocumentDownloads}.
 */
package id.fleksi.documents;
