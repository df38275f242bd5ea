package be.cambium.app.service;

import be.cambium.report.model.Section;

/** Builds one section of the report from one capability's service. */
public interface SectionProvider {

    /** Anchor and dashboard page id, e.g. {@code accounts}. */
    String id();

    String title();

    /**
     * The section; a provider whose engine or data is missing returns a section with a notice
     * that says so, never invented numbers.
     */
    Section build(ReportContext context) throws Exception;

    /** A provider from a function, for sections that need no state of their own (and for tests). */
    static SectionProvider of(String id, String title, java.util.function.Function<ReportContext, Section> build) {
        java.util.Objects.requireNonNull(build, "build");
        return new SectionProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public Section build(ReportContext context) {
                return build.apply(context);
            }
        };
    }
}
