package be.cambium.app.service;

import be.cambium.report.model.Report;
import be.cambium.report.model.Section;
import be.cambium.report.render.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main job: every capability's section on the bundled Belgian data, as one {@link Report}.
 * The CLI's {@code report} command writes it to a folder; the dashboard serves the same report.
 */
public final class ReportService {

    public static final String TITLE = "Belgium's material system";
    public static final String SUBTITLE = "Material accounts, footprints, critical raw materials, trade signals and the wind fleet: "
            + "CAMBIUM (CirculAr Material flows in BelgIUM)";

    private final List<SectionProvider> providers;

    public ReportService(List<SectionProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The sections CAMBIUM ships, in report order. */
    public static ReportService standard() {
        return new ReportService(Sections.standard());
    }

    public List<SectionProvider> providers() {
        return providers;
    }

    public Report build(ReportContext ctx) {
        List<Section> sections = new ArrayList<>();
        ctx.packages().overrides().forEach((name, folder) ->
                ctx.progress().accept("packages: " + name + " from " + folder + " (in place of the bundled " + name + ")"));
        ctx.packages().unmatched().forEach(folder ->
                ctx.progress().accept("packages: " + folder + " not used: its name matches no bundled package"));
        int i = 0;
        for (SectionProvider p : providers) {
            i++;
            Section s;
            long t0 = System.nanoTime();
            try {
                s = p.build(ctx);
            } catch (Exception e) {
                s = Section.builder(p.id(), p.title())
                        .notice("This section could not be computed: " + e.getMessage()
                                + ". No figures are shown rather than wrong ones; please report this.")
                        .build();
            }
            sections.add(s);
            ctx.progress().accept(String.format(java.util.Locale.ROOT, "[%d/%d] %s (%.1f s)", i, providers.size(), p.title(),
                    (System.nanoTime() - t0) / 1e9));
        }
        return new Report(TITLE, SUBTITLE, ctx.asOf().toString(), sections, List.of());
    }

    /** Builds the report and writes {@code index.html}, the workbook and {@code tables/*.csv} into {@code dir}. */
    public Report write(ReportContext ctx, Path dir) throws IOException {
        Report r = build(ctx);
        ctx.progress().accept("writing index.html, the workbook and the CSV tables");
        new ReportWriter().write(r, dir);
        return r;
    }
}
