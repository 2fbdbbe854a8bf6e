package io.lambdasim.pricing;

/** A price book or rules file that cannot be used: names the file and the position or field. */
public final class DataFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String file, String where, String message) {
        super(file + (where == null || where.isEmpty() ? "" : " " + where) + ": " + message);
    }

    /** {@code file} could not be read: the reason in words, never "null" (a truncated file has no message). */
    public static DataFileException cannotRead(String file, java.io.IOException e) {
        String m = e.getMessage();
        String reason = e instanceof java.io.EOFException || m == null || m.isBlank()
                ? "unexpected end of input: the file is truncated or corrupt" : m.replace('\n', ' ');
        return new DataFileException(file, "", "cannot read: " + reason);
    }
}
