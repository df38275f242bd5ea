package be.cambium.app.service;

import java.util.List;

/** The report's sections in order; each capability plugs its provider in here. */
final class Sections {
    private Sections() {
    }

    static List<SectionProvider> standard() {
        return List.of(
                new AccountsSection(),
                new FootprintSectionProvider(),
                new CriticalitySection(),
                new TradeSectionProvider(),
                new WindSection(),
                new MethodNotesSection());
    }
}
