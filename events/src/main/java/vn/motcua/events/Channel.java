package vn.motcua.events;

/** How a dossier was submitted or a result returned (kênh thực hiện), with the national code. */
public enum Channel {
    IN_PERSON(1), ONLINE(2), POSTAL(3);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
