package be.cambium.app.cli;

import be.cambium.app.service.MonitorService;
import be.cambium.report.render.OutputFolder;
import be.cambium.report.trade.TradeRun;
import be.cambium.report.trade.TradeTables;
import be.cambium.validate.Issue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cambium monitor}: trade micro-indicators and alerts for critical product baskets from
 * Comext files (or the workspace store), written through {@link TradeTables} to {@code DIR/indicators.csv},
 * {@code alerts.csv}, {@code provenance.csv}, {@code issues.csv} and {@code sources.csv}.
 */
@Command(name = "monitor", description = {
        "Monthly trade monitoring of critical product flows, with change alerts.",
        "Indicators per reporter, basket, flow and month (and rolling 12 months) and alerts, from Comext bulk files",
        "or the workspace store."})
public final class MonitorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--trade", arity = "1..*", paramLabel = "FILE",
            description = "Comext bulk files (full_v2 or older layout; .dat/.csv, .gz or .7z). Without it, the workspace store is read.")
    List<Path> trade = new ArrayList<>();

    @Option(names = "--reporter", paramLabel = "CODE", split = ",", description = "Reporter(s), e.g. BE (default: all).")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--baskets", paramLabel = "FILE",
            description = "Extra baskets CSV: basket, cn8, label, valid_from, valid_to (added to the bundled baskets).")
    Path baskets;

    @Option(names = "--from", paramLabel = "YYYYMM", description = "First month.")
    String from;

    @Option(names = "--to", paramLabel = "YYYYMM", description = "Last month.")
    String to;

    @Option(names = "--wgi", paramLabel = "FILE", description = "World Bank WGI bulk CSV (WGIData.csv) for hhi_wgi and high_risk_share.")
    Path wgi;

    @Option(names = "--wgi-year", paramLabel = "YEAR", defaultValue = "2022", description = "WGI year (default ${DEFAULT-VALUE}).")
    int wgiYear;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Mixin
    OutOptions outOptions;

    static int month(CommandSpec spec, String s, String option) {
        if (s == null) {
            return 0;
        }
        if (!s.matches("\\d{6}") || Integer.parseInt(s.substring(4)) < 1 || Integer.parseInt(s.substring(4)) > 12) {
            throw new ParameterException(spec.commandLine(), option + " must be a month YYYYMM, got '" + s + "'");
        }
        return Integer.parseInt(s);
    }

    @Override
    public Integer call() throws Exception {
        int f = month(spec, from, "--from");
        int t = month(spec, to, "--to");
        if (f > 0 && t > 0 && t < f) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        LinkedHashSet<String> reps = new LinkedHashSet<>();
        for (String r : reporters) {
            String c = r.trim().toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{2}")) {
                throw new ParameterException(spec.commandLine(), "--reporter must be a 2-letter code, got '" + r + "'");
            }
            reps.add(c);
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        TradeRun r = new MonitorService().run(new MonitorService.Request(trade, reps, baskets, f, t, wgi, wgiYear,
                workspaceOptions.workspace()));
        for (Issue i : r.report().issues()) {
            err.println(i);
        }
        if (!r.complete()) {
            err.println("monitor: invalid input, nothing written");
            err.flush();
            return ExitCodes.INVALID;
        }
        List<Path> inputs = new ArrayList<>(trade);
        if (baskets != null) {
            inputs.add(baskets);
        }
        if (wgi != null) {
            inputs.add(wgi);
        }
        inputs.add(workspaceOptions.root());
        OutputFolder.writeTables(outOptions.out(), inputs, TradeTables.of(r));
        o.println("OK " + outOptions.out() + ": " + r.indicators().indicators().size() + " indicator values, "
                + r.alerts().alerts().size() + " alerts");
        o.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
