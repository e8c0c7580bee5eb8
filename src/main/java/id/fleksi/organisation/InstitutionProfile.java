package id.fleksi.organisation;

/**
 * The institution as its printed reports name it: the letterhead (kop surat) and who signs for the PPK. Texts are
 * empty, never null, where nobody has filled them in.
 *
 * @param place           the place written before the date of a signature ("Sukamaju, 4 Desember 2026")
 * @param signatoryTitle  the signatory's office as it stands above the name ("Bupati Sukamaju")
 * @param signatoryNip    the signatory's NIP, empty for an official who has none (an elected head of region)
 * @param version         the version a form sends back, so that two people editing at once do not overwrite
 *                        each other
 */
public record InstitutionProfile(String name, String shortName, String address, String contact, String place,
                                 String signatoryName, String signatoryTitle, String signatoryNip, long version) {

    /** The place of a signature: the one set, else the institution's short name. */
    public String placeOrShortName() {
        return place.isBlank() ? shortName : place;
    }

    /** Whether the signatory of the PPK's reports has been named. */
    public boolean hasSignatory() {
        return !signatoryName.isBlank() && !signatoryTitle.isBlank();
    }
}
