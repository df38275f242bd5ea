package be.cambium.report.model;

import java.util.ArrayList;
import java.util.List;

/** One section of the report (one capability), with an id used for anchors and dashboard pages. */
public record Section(String id, String title, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    public List<ReportTable> tables() {
        return blocks.stream().filter(b -> b instanceof Block.TableBlock).map(b -> ((Block.TableBlock) b).table()).toList();
    }

    public List<Chart> charts() {
        return blocks.stream().filter(b -> b instanceof Block.ChartBlock).map(b -> ((Block.ChartBlock) b).chart()).toList();
    }

    /** Collects blocks in order. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder paragraph(String text) {
            blocks.add(new Block.Paragraph(text));
            return this;
        }

        public Builder notice(String text) {
            blocks.add(new Block.Notice(text));
            return this;
        }

        public Builder table(ReportTable t) {
            blocks.add(new Block.TableBlock(t));
            return this;
        }

        public Builder chart(Chart c) {
            blocks.add(new Block.ChartBlock(c));
            return this;
        }

        public Section build() {
            return new Section(id, title, blocks);
        }
    }
}
