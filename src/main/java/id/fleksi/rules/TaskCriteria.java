package id.fleksi.rules;

/** The criteria of a task (Pasal 23, 24, 13 ayat (2) huruf a). */
public record TaskCriteria(boolean canBeDoneOutsideOffice, boolean noSpecialRoomOrEquipment, boolean doableWithIct,
                           boolean minimalFaceToFace, boolean noContinuousSupervision, boolean mustBeOutsideOffice,
                           boolean moreThan8h30PerDay, boolean moreThan5DaysPerWeek,
                           boolean notBoundToInstitutionHours) {

    public boolean qualifiesFor(FlexibilityType type) {
        return switch (type) {
            case LOKASI -> canBeDoneOutsideOffice && noSpecialRoomOrEquipment && doableWithIct && minimalFaceToFace
                    && noContinuousSupervision;
            case SIF -> moreThan8h30PerDay || moreThan5DaysPerWeek;
            case DINAMIS -> notBoundToInstitutionHours && noContinuousSupervision;
        };
    }

    public boolean mustBeOutsideOfficeException() {
        return mustBeOutsideOffice;
    }
}
