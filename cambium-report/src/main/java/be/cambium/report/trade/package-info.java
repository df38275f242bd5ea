/**
 * Trade monitoring as tables and a report section: {@link be.cambium.report.trade.TradeTables} (the files of
 * {@code cambium monitor}) and {@link be.cambium.report.trade.TradeSection} (the report's trade section, whose
 * full tables are the same tables under {@code trade_} ids). Pure functions of result records.
 */
@NullMarked
package be.cambium.report.trade;

import org.jspecify.annotations.NullMarked;
