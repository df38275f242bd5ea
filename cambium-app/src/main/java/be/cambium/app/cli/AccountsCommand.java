package be.cambium.app.cli;

import be.cambium.accounts.IndicatorValue;
import be.cambium.accounts.Origin;
import be.cambium.app.service.AccountsService;
import be.cambium.app.service.EurostatFetchService;
import be.cambium.validate.Issue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cambium accounts}: EW-MFA accounts and circular-economy indicators. Data checks (broken identities,
 * parent ≠ sum of children, negative flows ...) are written to {@code issues.csv} and do not change the exit
 * code; unreadable or malformed inputs exit 2 with every problem on stderr and nothing written.
 */
@Command(name = "accounts", description = {
        "EW-MFA material accounts and circular-economy indicators (DMI, DMC, PTB, MID, SS, CMU, RP).",
        "Per capita where population is given; the published values are kept beside the computed ones and every check",
        "is written to issues.csv.",
        "Writes DIR/indicators.csv, DIR/issues.csv and DIR/sources.csv."})
public final class AccountsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "PATH", arity = "1..*",
            description = "Eurostat TSV(.gz), SDMX-CSV (.csv) or JSON-stat (.json) files, data package folders with an "
                    + "'observations' table, or eurostat:CODE for the newest fetched vintage; several at once. "
                    + "Default: the bundled Belgian package be-mfa.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--geo", paramLabel = "CODE", defaultValue = "BE", description = "Eurostat geo code (default: ${DEFAULT-VALUE}).")
    String geo;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year kept.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year kept.")
    Integer to;

    @Mixin
    OutOptions outOptions;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (from != null && to != null && from > to) {
            err.println("cambium accounts: --from " + from + " is after --to " + to);
            err.flush();
            return ExitCodes.INVALID;
        }
        AccountsService.Outcome r = new AccountsService().run(new AccountsService.Request(data, geo, from, to,
                workspaceOptions.root()));
        if (r.inputReport().hasErrors()) {
            for (Issue i : r.inputReport().issues()) {
                err.println(i);
            }
            err.println("INVALID input: " + r.inputReport().errors().size() + " errors; nothing written");
            err.flush();
            return ExitCodes.INVALID;
        }
        AccountsService.write(r, outOptions.out());
        List<IndicatorValue> v = r.result().values();
        long computed = v.stream().filter(x -> x.origin() == Origin.COMPUTED).count();
        var all = r.allIssues();
        o.println("accounts for " + geo + " from " + String.join(", ", r.inputs()) + ": " + v.size() + " values ("
                + (v.size() - computed) + " published, " + computed + " computed), " + all.size() + " issues ("
                + all.errors().size() + " errors) written to " + outOptions.out());
        o.flush();
        return ExitCodes.OK;
    }
}
