package be.cambium.report.model;

/** What a report section is made of, in order. */
public sealed interface Block permits Block.Paragraph, Block.TableBlock, Block.ChartBlock, Block.Notice {

    /** Plain text (no markup); blank lines are not interpreted. */
    record Paragraph(String text) implements Block {
    }

    record TableBlock(ReportTable table) implements Block {
    }

    record ChartBlock(Chart chart) implements Block {
    }

    /** A plain statement that something is missing or limited, shown prominently; never replaced by invented numbers. */
    record Notice(String text) implements Block {
    }
}
