package be.cambium.report.render;

import java.io.IOException;

/**
 * An output folder CAMBIUM will not write into, because writing would replace files it did not write: the current
 * folder, a folder holding an input or the workspace, a regular file, or a non-empty folder without CAMBIUM's
 * marker. The CLI reports it as invalid usage (exit 2); nothing has been written or deleted.
 */
public final class OutputRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }
}
