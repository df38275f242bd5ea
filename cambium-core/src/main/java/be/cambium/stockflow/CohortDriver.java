package be.cambium.stockflow;

/**
 * What drives a cohort model: an inflow series, a stock series, or historic data up to a switch
 * year and a stock target from it on. Arrays are indexed by year position (0 = first model year).
 */
public sealed interface CohortDriver {

    /** Inflow-driven: the inflow of every year is given. */
    record Inflow(double[] inflow) implements CohortDriver {
        public Inflow {
            inflow = inflow.clone();
        }

        @Override
        public double[] inflow() {
            return inflow.clone();
        }
    }

    /** Stock-driven: the stock at the end of every year is given; inflows are solved for. */
    record Stock(double[] stock) implements CohortDriver {
        public Stock {
            stock = stock.clone();
        }

        @Override
        public double[] stock() {
            return stock.clone();
        }
    }

    /**
     * Historic inflow for years before {@code switchIndex}, then the stock target {@code stock[t]}
     * for years from {@code switchIndex} on (entries of the other series outside their part are ignored).
     */
    record InflowThenStock(double[] inflow, double[] stock, int switchIndex) implements CohortDriver {
        public InflowThenStock {
            inflow = inflow.clone();
            stock = stock.clone();
        }

        @Override
        public double[] inflow() {
            return inflow.clone();
        }

        @Override
        public double[] stock() {
            return stock.clone();
        }
    }

    /**
     * An initial stock with its age structure: {@code stockByCohort[c]} (c = 0 .. switchIndex-1) is
     * the stock of cohort c at the end of year {@code switchIndex - 1}; the historic inflows are
     * back-cast as stockByCohort[c] / sf[switchIndex-1][c]. From {@code switchIndex} on the stock
     * target {@code stock[t]} drives (ODYM's {@code compute_stock_driven_model_initialstock} with
     * SwitchTime = switchIndex + 1).
     */
    record InitialStockThenStock(double[] stockByCohort, double[] stock, int switchIndex) implements CohortDriver {
        public InitialStockThenStock {
            stockByCohort = stockByCohort.clone();
            stock = stock.clone();
        }

        @Override
        public double[] stockByCohort() {
            return stockByCohort.clone();
        }

        @Override
        public double[] stock() {
            return stock.clone();
        }
    }
}
