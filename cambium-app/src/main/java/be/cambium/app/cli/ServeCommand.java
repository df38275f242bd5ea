package be.cambium.app.cli;

import be.cambium.app.service.DataService;
import be.cambium.app.service.ReportService;
import be.cambium.app.web.DashboardServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cambium serve}: the local dashboard. */
@Command(name = "serve", description = {
        "The dashboard on your own machine: a page per capability with the report's tables and charts, downloads, "
                + "upload of your data packages and re-computation. Binds to 127.0.0.1 unless told otherwise. Stop with Ctrl+C."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}: only this machine).")
    String bind;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Override
    public Integer call() throws Exception {
        Path ws = workspaceOptions.root();
        DataService data = new DataService();
        DashboardServer server = new DashboardServer(ReportService.standard(), ws, dir -> data.validate(dir).report());
        server.start(bind, port);
        PrintWriter out = spec.commandLine().getOut();
        out.println("CAMBIUM dashboard on http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port()
                + "/  (workspace " + ws.toAbsolutePath() + "; Ctrl+C to stop)");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        stop.await();
        return ExitCodes.OK;
    }
}
