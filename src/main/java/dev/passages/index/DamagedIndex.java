package dev.passages.index;

import dev.passages.PassagesException;

import java.nio.file.Path;

/** The one wording of an index that cannot be used as it is: what is wrong with it, and the command that mends it. */
public final class DamagedIndex {

    private static final int MAX_DETAIL = 200;

    private DamagedIndex() {
    }

    /** {@code index at DIR is damaged (detail); run: passages index --rebuild --index DIR}. */
    public static String message(Path indexDir, String detail) {
        return "index at " + indexDir + " is damaged (" + detail + ")" + remedy(indexDir);
    }

    /** The {@link PassagesException.Kind#INDEX_DAMAGED} failure of {@link #message}, said by {@code cause}. */
    public static PassagesException exception(Path indexDir, Throwable cause) {
        return exception(indexDir, detail(cause), cause);
    }

    /** The {@link PassagesException.Kind#INDEX_DAMAGED} failure of {@link #message}. */
    public static PassagesException exception(Path indexDir, String detail, Throwable cause) {
        return new PassagesException(PassagesException.Kind.INDEX_DAMAGED, message(indexDir, detail), cause);
    }

    /** Another fault of the index that a rebuild mends (another schema, a read that failed), with the command. */
    public static PassagesException fault(Path indexDir, String fault, Throwable cause) {
        return new PassagesException(PassagesException.Kind.INDEX_DAMAGED, fault + remedy(indexDir), cause);
    }

    /** The command that mends the index, after a semicolon. */
    static String remedy(Path indexDir) {
        return "; run: passages index --rebuild --index " + indexDir;
    }

    /** The first line of the failure's message, shortened, or its type when it has none. */
    public static String detail(Throwable e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 3) + "...";
    }
}
