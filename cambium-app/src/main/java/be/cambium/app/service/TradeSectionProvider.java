package be.cambium.app.service;

import be.cambium.io.store.Workspace;
import be.cambium.report.model.Section;
import be.cambium.report.trade.ComextVintage;
import be.cambium.report.trade.TradeRun;
import be.cambium.report.trade.TradeSection;
import java.io.IOException;
import java.util.List;

/**
 * The report's trade-monitoring section: runs {@link MonitorService} for Belgium on the context's workspace (when it
 * holds imported Comext files) and hands the run to {@link TradeSection}. Log lines name no folder (the dashboard's
 * job log is read by people who are not on the server).
 */
final class TradeSectionProvider implements SectionProvider {

    @Override
    public String id() {
        return TradeSection.ID;
    }

    @Override
    public String title() {
        return TradeSection.TITLE;
    }

    @Override
    public Section build(ReportContext context) throws IOException {
        MonitorService service = new MonitorService();
        Workspace ws = context.workspace() == null ? null : Workspace.at(context.workspace());
        List<ComextVintage> vintages = ws == null ? List.of() : service.workspaceVintages(ws);
        if (ws == null || vintages.isEmpty()) {
            context.progress().accept("monitoring: no Comext data in the workspace");
            return TradeSection.of(MonitorService.bundledBaskets(), List.of(), null);
        }
        context.progress().accept("monitoring: " + vintages.size() + " Comext file(s) in the workspace, reporter "
                + TradeSection.REPORTER);
        TradeRun run = service.run(MonitorService.Request.ofWorkspace(ws, TradeSection.REPORTER));
        return TradeSection.of(MonitorService.bundledBaskets(), vintages, run);
    }
}
