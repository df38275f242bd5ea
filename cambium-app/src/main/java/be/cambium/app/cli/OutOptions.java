package be.cambium.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}, worded once for every command that writes a folder ({@code @Mixin}). */
public final class OutOptions {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder: new, empty, or written by "
            + "CAMBIUM before (then replaced when the run has finished); never the current folder, an input or the workspace.")
    Path out;

    public Path out() {
        return out;
    }
}
