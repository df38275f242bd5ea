package be.cambium.app.web;

import be.cambium.app.service.ReportContext;
import be.cambium.app.service.ReportService;
import be.cambium.report.model.Report;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.Section;
import be.cambium.report.render.CsvTableWriter;
import be.cambium.report.render.XlsxReportWriter;
import be.cambium.validate.ValidationReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The local dashboard: a page per report section, the same tables and charts as the report
 * (charts drawn in the browser with ECharts served from the jar), CSV/XLSX downloads, a JSON
 * API, upload of a user's data package and re-computation with progress.
 *
 * <p>It binds to 127.0.0.1 by default and serves only: its own pages and scripts from the jar,
 * report content by id, and packages uploaded into {@code <workspace>/uploads}; the report also uses the
 * Comext data imported into the workspace's store ({@code cambium.duckdb}). No request
 * names a file path, so nothing outside the workspace can be read through it.
 */
public final class DashboardServer implements AutoCloseable {

    /** Largest accepted upload (a zipped data package). */
    public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private final ReportService service;
    private final Path workspace;
    private final Function<Path, ValidationReport> packageValidator;
    private final AtomicReference<Report> report = new AtomicReference<>();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger jobIds = new AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cambium-recompute");
        t.setDaemon(true);
        return t;
    });
    private final List<Path> uploaded = new ArrayList<>();
    private Javalin app;

    /**
     * @param service          builds the report
     * @param workspace        the only folder the server writes to or reads user files from
     * @param packageValidator validates an unpacked data package folder (the same check as {@code cambium data validate})
     */
    public DashboardServer(ReportService service, Path workspace, Function<Path, ValidationReport> packageValidator) {
        this.service = service;
        this.workspace = workspace.toAbsolutePath().normalize();
        this.packageValidator = packageValidator;
    }

    /** Computes the report once (so the first page is ready), then starts listening. */
    public DashboardServer start(String bind, int port) {
        report.set(service.build(ReportContext.of(LocalDate.now()).withWorkspace(workspace)));
        app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/assets";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            cfg.staticFiles.enableWebjars();
            cfg.http.maxRequestSize = MAX_UPLOAD_BYTES + 64 * 1024;
        });
        app.get("/", ctx -> page(ctx));
        app.get("/page/{id}", ctx -> page(ctx));
        app.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
        app.get("/api/report", ctx -> ctx.json(Json.report(report.get())));
        app.get("/api/sections/{id}", ctx -> ctx.json(Json.section(section(ctx.pathParam("id")))));
        app.get("/api/tables/{file}", this::download);
        app.get("/api/sources", ctx -> ctx.json(report.get().allSources()));
        app.post("/api/packages", this::upload);
        app.get("/api/packages", ctx -> ctx.json(uploadedNames()));
        app.post("/api/recompute", this::recompute);
        app.get("/api/jobs/{id}", ctx -> {
            Job j = jobs.get(ctx.pathParam("id"));
            if (j == null) {
                throw new NotFound("no job " + ctx.pathParam("id"));
            }
            ctx.json(j.toJson());
        });
        app.exception(NotFound.class, (e, ctx) -> ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", e.getMessage())));
        app.exception(BadRequest.class, (e, ctx) -> ctx.status(e.status).json(Map.of("error", e.getMessage())));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null) {
                ctx.json(Map.of("error", "not found: " + ctx.path()));
            }
        });
        app.start(bind, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public Report report() {
        return report.get();
    }

    private void page(Context ctx) throws IOException {
        String id = ctx.pathParamMap().getOrDefault("id", "");
        if (!id.isEmpty()) {
            section(id); // 404 for unknown pages
        }
        try (InputStream in = DashboardServer.class.getResourceAsStream("/web/index.html")) {
            if (in == null) {
                throw new IllegalStateException("web/index.html missing from the jar");
            }
            ctx.contentType("text/html; charset=utf-8").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private Section section(String id) {
        return report.get().sections().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("no section '" + id + "'"));
    }

    private Optional<ReportTable> table(String id) {
        return report.get().tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private void download(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String id = dot < 0 ? file : file.substring(0, dot);
        String ext = dot < 0 ? "" : file.substring(dot + 1);
        if (!ID.matcher(id).matches()) {
            throw new NotFound("no table '" + file + "'");
        }
        ReportTable t = table(id).orElseThrow(() -> new NotFound("no table '" + id + "'"));
        switch (ext) {
            case "csv" -> {
                ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"");
                ctx.contentType("text/csv; charset=utf-8").result(new CsvTableWriter().toCsv(t));
            }
            case "xlsx" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new XlsxReportWriter().write(t.title(), report.get().generated(), List.of(t), t.sources(), out);
                ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".xlsx\"");
                ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").result(out.toByteArray());
            }
            default -> throw new NotFound("tables download as .csv or .xlsx, not '" + ext + "'");
        }
    }

    private void upload(Context ctx) throws IOException {
        long declared = ctx.contentLength();
        if (declared > MAX_UPLOAD_BYTES) {
            throw new BadRequest(HttpStatus.CONTENT_TOO_LARGE, "upload too large: " + declared + " bytes, the limit is "
                    + MAX_UPLOAD_BYTES + " bytes (" + (MAX_UPLOAD_BYTES >> 20) + " MiB)");
        }
        var file = ctx.uploadedFile("package");
        if (file == null) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, "send the zipped data package as the multipart field 'package'");
        }
        if (file.size() > MAX_UPLOAD_BYTES) {
            throw new BadRequest(HttpStatus.CONTENT_TOO_LARGE, "upload too large: the limit is " + (MAX_UPLOAD_BYTES >> 20) + " MiB");
        }
        String name = ZipPackages.safeName(file.filename());
        Path uploads = workspace.resolve("uploads");
        Files.createDirectories(uploads);
        Path target = uploads.resolve(name);
        Path unpacked;
        try (InputStream in = file.content()) {
            unpacked = ZipPackages.unpack(in, target, MAX_UPLOAD_BYTES * 4);
        } catch (ZipPackages.BadZip e) {
            throw new BadRequest(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        ValidationReport vr = packageValidator.apply(unpacked);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("valid", vr.isValid());
        body.put("issues", vr.issues().stream().map(Json::issue).toList());
        if (vr.isValid()) {
            synchronized (uploaded) {
                uploaded.removeIf(p -> p.equals(unpacked));
                uploaded.add(unpacked);
            }
            ctx.status(HttpStatus.OK).json(body);
        } else {
            ZipPackages.deleteTree(target);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(body);
        }
    }

    private List<String> uploadedNames() {
        synchronized (uploaded) {
            return uploaded.stream().map(p -> workspace.resolve("uploads").relativize(p).toString()).toList();
        }
    }

    private void recompute(Context ctx) {
        String id = Integer.toString(jobIds.incrementAndGet());
        Job job = new Job(id, service.providers().size() + 1);
        jobs.put(id, job);
        List<Path> packages;
        synchronized (uploaded) {
            packages = List.copyOf(uploaded);
        }
        worker.submit(() -> {
            try {
                ReportContext rc = ReportContext.of(LocalDate.now()).withUserPackages(packages).withWorkspace(workspace)
                        .withProgress(job::step);
                report.set(service.build(rc));
                job.finish(null);
            } catch (RuntimeException e) {
                job.finish(e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("job", id, "status", "/api/jobs/" + id));
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        worker.shutdownNow();
    }

    /** A re-computation in the background, polled by the page. */
    private static final class Job {
        private final String id;
        private final int total;
        private final List<String> log = new ArrayList<>();
        private volatile String state = "running";
        private volatile String error = "";

        Job(String id, int total) {
            this.id = id;
            this.total = total;
        }

        synchronized void step(String line) {
            log.add(line);
        }

        synchronized void finish(String err) {
            state = err == null ? "done" : "failed";
            error = err == null ? "" : err;
        }

        synchronized Map<String, Object> toJson() {
            double done = "running".equals(state) ? Math.min(0.99, log.size() / (double) total) : 1.0;
            return Map.of("id", id, "state", state, "progress", done, "log", List.copyOf(log), "error", error);
        }
    }

    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String m) {
            super(m);
        }
    }

    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient HttpStatus status;

        BadRequest(HttpStatus s, String m) {
            super(m);
            this.status = s;
        }
    }
}
