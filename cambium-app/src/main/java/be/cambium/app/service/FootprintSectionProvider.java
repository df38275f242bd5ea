package be.cambium.app.service;

import be.cambium.accounts.IndicatorValue;
import be.cambium.io.store.Workspace;
import be.cambium.provenance.Source;
import be.cambium.report.footprint.FootprintSection;
import be.cambium.report.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report's footprint section: runs {@link AccountsService} for the published RMC and DMC of
 * {@link FootprintSection#GEOS} (through the context's packages) and, with a user's MRIO ({@link ReportContext#mrio()}),
 * {@link FootprintService} for Belgium, then hands the results to {@link FootprintSection#of}.
 */
final class FootprintSectionProvider implements SectionProvider {

    /** The region the MRIO part is computed for. */
    static final String REGION = "BE";

    private final String region;

    FootprintSectionProvider() {
        this(REGION);
    }

    /** For tests on MRIOs without Belgium: {@code region} stands in for Belgium in the MRIO part only. */
    FootprintSectionProvider(String region) {
        this.region = Objects.requireNonNull(region, "region");
    }

    @Override
    public String id() {
        return FootprintSection.ID;
    }

    @Override
    public String title() {
        return FootprintSection.TITLE;
    }

    @Override
    public Section build(ReportContext context) {
        return FootprintSection.of(published(context), context.mrio() == null ? null : mrio(context, context.mrio()));
    }

    private static FootprintSection.Published published(ReportContext context) {
        context.progress().accept("footprint: published RMC and DMC from " + context.packages().describe(AccountsService.BUNDLED));
        AccountsService service = new AccountsService();
        Path workspace = context.workspace() != null ? context.workspace() : Workspace.defaultRoot();
        List<IndicatorValue> values = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (String geo : FootprintSection.GEOS) {
            AccountsService.Outcome o = service.run(new AccountsService.Request(List.of(), geo, null, null, workspace,
                    context.packages()));
            sources.addAll(o.result().provenance().sources());
            values.addAll(o.result().values());
        }
        return new FootprintSection.Published(values, sources, AccountsService.BUNDLED);
    }

    private FootprintSection.Mrio mrio(ReportContext context, Path path) {
        context.progress().accept("footprint: MRIO " + path + " for region " + region);
        FootprintService.Request req = new FootprintService.Request(path, context.mrioExtension(), region,
                context.mrioConcordance(), "auto", FootprintSection.LAYERS, 0.001, 0);
        FootprintService.Run run = new FootprintService().run(req, line -> context.progress().accept("footprint: " + line));
        if (!run.ok()) {
            run.report().errors().stream().limit(5).forEach(e -> context.progress().accept("footprint: " + e));
        }
        Path conc = context.mrioConcordance();
        return new FootprintSection.Mrio(path.toString(), region, context.mrioExtension(),
                conc == null || conc.getFileName() == null ? null : conc.getFileName().toString(), run.result(), run.report());
    }
}
