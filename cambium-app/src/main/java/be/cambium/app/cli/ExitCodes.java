package be.cambium.app.cli;

/** The process exit codes of every {@code cambium} command (ARCHITECTURE.md section 4). */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** An unexpected failure: a bug in CAMBIUM. */
    public static final int BUG = 1;
    /** Invalid usage or invalid input; every problem was printed to stderr with its location. */
    public static final int INVALID = 2;

    private ExitCodes() {
    }
}
