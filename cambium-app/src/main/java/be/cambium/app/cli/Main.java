package be.cambium.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code cambium} top command.
 *
 * <p>To add a command, write one class annotated with {@code @Command(name = "...")} that
 * implements {@code Callable<Integer>} (returning an {@link ExitCodes} value) and add its class
 * to the {@code subcommands} list below: one line. Only commands that work are listed, so
 * {@code cambium --help} never shows a command that does nothing.
 */
@Command(name = "cambium",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Main.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "CAMBIUM: Belgium's material system - material accounts, footprints, criticality, "
                + "trade monitoring and stock-flow models, every figure with its source.",
        footer = {"", "Exit codes: 0 success, 2 invalid usage or input (problems on stderr with their location), "
                + "1 unexpected failure (a bug)."},
        subcommands = {
                // one line per command, in the order --help lists them
                ReportCommand.class,
                ServeCommand.class,
                AccountsCommand.class,
                FootprintCommand.class,
                CriticalityCommand.class,
                MonitorCommand.class,
                StockflowCommand.class,
                DataCommand.class,
        })
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        quietLibraries();
        System.exit(commandLine().execute(args));
    }

    /**
     * Charts are drawn without a display, and Apache POI's Log4j API calls go to a simple logger that
     * prints errors only (otherwise Log4j complains on stderr that it has no provider).
     */
    static void quietLibraries() {
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /** The configured command line (exit codes, error handling); tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // picocli's defaults already are 2 for invalid usage and 1 for an exception; keep them explicit
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.INVALID);
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.BUG);
        cl.setExecutionExceptionHandler(new BugHandler());
        return cl;
    }

    /** The version of this build, from the jar manifest or else the bundled {@code version.properties}. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) {
            return v;
        }
        try (InputStream in = Main.class.getResourceAsStream("/be/cambium/app/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String pv = p.getProperty("version", "");
                if (!pv.isBlank() && !pv.startsWith("${")) {
                    return pv;
                }
            }
        } catch (IOException e) {
            // fall through: an unknown version is not worth failing for
        }
        return "unknown";
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
    }

    /** Prints the version line for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cambium " + version()};
        }
    }

    /** Exit code 1 for exceptions that escape a command: those are bugs, so say so and show the stack trace. */
    static final class BugHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
            PrintWriter err = cl.getErr();
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof be.cambium.report.render.OutputRefusedException refused) {
                    err.println("cambium " + cl.getCommandName() + ": " + refused.getMessage());
                    err.flush();
                    return ExitCodes.INVALID;
                }
            }
            err.println("cambium: unexpected failure (this is a bug, please report it with the stack trace below): " + ex);
            ex.printStackTrace(err);
            err.flush();
            return ExitCodes.BUG;
        }
    }
}
