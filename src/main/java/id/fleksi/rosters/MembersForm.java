package id.fleksi.rosters;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where each employee of the unit starts in the cycle, by NIP; a blank leaves them out. */
public class MembersForm {

    private Map<String, String> offsets = new LinkedHashMap<>();

    public Map<String, String> getOffsets() {
        return offsets;
    }

    public void setOffsets(Map<String, String> offsets) {
        this.offsets = offsets;
    }
}
