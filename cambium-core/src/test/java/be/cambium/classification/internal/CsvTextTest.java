package be.cambium.classification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void plainQuotedAndEmptyFields() {
        List<CsvText.Row> rows = CsvText.parse("a,b,c\n1,\"x, y\",\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fields()).containsExactly("a", "b", "c");
        assertThat(rows.get(1).fields()).containsExactly("1", "x, y", "");
        assertThat(rows.get(1).line()).isEqualTo(2);
    }

    @Test
    void doubledQuotesAndLineBreaksInsideQuotes() {
        List<CsvText.Row> rows = CsvText.parse("\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,row\r\n");
        assertThat(rows.get(0).fields()).containsExactly("say \"hi\"", "two\r\nlines");
        assertThat(rows.get(1).fields()).containsExactly("next", "row");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void commentsEmptyLinesAndBomAreSkipped() {
        List<CsvText.Row> rows = CsvText.parse("\uFEFF# a comment, with \"quotes\n\ncode,label\n# another\nMF1,Biomass");
        assertThat(rows).extracting(CsvText.Row::line).containsExactly(3, 5);
        assertThat(rows.get(1).fields()).containsExactly("MF1", "Biomass");
    }

    @Test
    void unclosedQuoteNamesTheLine() {
        assertThatThrownBy(() -> CsvText.parse("a,b\n1,\"open\n2,3\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void quoteInsideUnquotedFieldIsRejected() {
        assertThatThrownBy(() -> CsvText.parse("a,b\"c\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> CsvText.parse("\"a\"b,c\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after closing quote");
    }
}
