package io.lambdasim.pricing;

/** A price book or rules file that cannot be used: names the file and the position or field. */
public final class DataFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String file, String where, String message) {
        super(file + (where == null || where.isEmpty() ? "" : " " + where) + ": " + message);
    }
}
