package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

    @Test
    void helpListsOnlyWorkingCommandsAndTheExitCodes() {
        Cli r = Cli.run("--help");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.outLines().get(0)).isEqualTo("Usage: cambium [-hV] [COMMAND]");
        assertThat(r.out()).contains("Commands:", "Exit codes: 0 success, 2 invalid usage or input");
        List<String> listed = r.outLines().stream().dropWhile(l -> !l.equals("Commands:")).skip(1)
                .takeWhile(l -> !l.isBlank()).filter(l -> l.startsWith("  ") && !l.startsWith("   "))
                .map(l -> l.strip().split("\\s+")[0]).toList();
        // exactly the registered commands, each of which has its own tests
        assertThat(listed).contains("data").containsExactlyElementsOf(Main.commandLine().getSubcommands().keySet());
        assertThat(r.out()).containsPattern("\\n  data +List or validate data packages; fetch or import data\\.");
    }

    @Test
    void subcommandHelpWorksToo() {
        Cli r = Cli.run("data", "validate", "--help");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.outLines().get(0)).isEqualTo("Usage: cambium data validate [-hV] PATH");
    }

    @Test
    void versionComesFromTheBuild() {
        Cli r = Cli.run("--version");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.outLines()).containsExactly("cambium " + Main.version());
        assertThat(Main.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void noCommandOrAnUnknownOneIsInvalidUsage() {
        Cli none = Cli.run();
        Cli unknown = Cli.run("frobnicate");
        Cli badOption = Cli.run("--colour");

        assertThat(none.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(none.errLines().get(0)).startsWith("Missing command: choose one of [").contains("data");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(unknown.err()).contains("Unmatched argument at index 0: 'frobnicate'");
        assertThat(badOption.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(Cli.run("data").exitCode()).isEqualTo(ExitCodes.INVALID);
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("kaput");
        }
    }

    @Test
    void anExceptionEscapingACommandIsABugWithExitOneAndAStackTrace() {
        CommandLine cl = Main.commandLine();
        cl.addSubcommand(new Boom());

        Cli r = Cli.run(cl, "boom");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BUG);
        assertThat(r.errLines().get(0)).isEqualTo("cambium: unexpected failure (this is a bug, please report it with the "
                + "stack trace below): java.lang.IllegalStateException: kaput");
        assertThat(r.err()).contains("at be.cambium.app.cli.MainTest$Boom.call");
    }
}
