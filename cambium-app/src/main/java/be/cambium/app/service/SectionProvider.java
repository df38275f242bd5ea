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
}
