package be.cambium.data;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.stream.IntStream;

/**
 * A dimension of consecutive calendar years {@code first..last} (both included). Its items are the
 * years written as strings ({@code "1996"}, ..., {@code "2050"}), so it can sit in an {@link Axes}
 * beside categorical dimensions, and it adds the year arithmetic that cohort models need: the year at
 * a position, the position of a year, lags and ages.
 *
 * <p>Years are limited to 1..9999 and are written without leading zeros, so the string form of a
 * year is unambiguous.
 */
public record YearRange(String name, int first, int last) implements Dim {

    /** Default name of a year dimension. */
    public static final String YEAR = "year";

    public YearRange {
        Dims.requireName(name);
        if (first < 1 || last > 9999) {
            throw new IllegalArgumentException("year range '" + name + "': years must lie in 1..9999, got "
                    + first + ".." + last);
        }
        if (first > last) {
            throw new IllegalArgumentException("year range '" + name + "': first year " + first
                    + " is after last year " + last);
        }
    }

    /** The years {@code first..last} in a dimension named {@value #YEAR}. */
    public static YearRange of(int first, int last) {
        return new YearRange(YEAR, first, last);
    }

    public static YearRange of(String name, int first, int last) {
        return new YearRange(name, first, last);
    }

    @Override
    public int size() {
        return last - first + 1;
    }

    @Override
    public List<String> items() {
        return new Items();
    }

    @Override
    public String item(int i) {
        return Integer.toString(year(i));
    }

    @Override
    public int indexOf(String item) {
        int y;
        try {
            y = Integer.parseInt(item);
        } catch (NumberFormatException e) {
            return -1;
        }
        return Integer.toString(y).equals(item) ? indexOfYear(y) : -1;
    }

    /**
     * The year at position {@code i}.
     *
     * @throws IndexOutOfBoundsException when {@code i} is outside 0..size()-1
     */
    public int year(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("position " + i + " is outside year range '" + name + "' "
                    + first + ".." + last);
        }
        return first + i;
    }

    /** Position of {@code year}, or -1 when it is outside the range. */
    public int indexOfYear(int year) {
        return year >= first && year <= last ? year - first : -1;
    }

    /**
     * Position of {@code year}.
     *
     * @throws IllegalArgumentException naming the range when the year is outside it
     */
    public int positionOfYear(int year) {
        int p = indexOfYear(year);
        if (p < 0) {
            throw new IllegalArgumentException("year " + year + " is outside year range '" + name + "' " + first + ".." + last);
        }
        return p;
    }

    public boolean containsYear(int year) {
        return indexOfYear(year) >= 0;
    }

    /** The years in order. */
    public int[] years() {
        return IntStream.rangeClosed(first, last).toArray();
    }

    /**
     * Position of the year {@code lag} years before the year at {@code position}, or -1 when that year
     * is before {@link #first()} (a negative lag looks forward, -1 past {@link #last()}).
     */
    public int lag(int position, int lag) {
        int p = position - lag;
        return p >= 0 && p < size() ? p : -1;
    }

    /** Age in years of a cohort born in the year at {@code cohortPosition}, in the year at {@code yearPosition}. */
    public int age(int yearPosition, int cohortPosition) {
        return year(yearPosition) - year(cohortPosition);
    }

    /** The same number of years moved by {@code years}. */
    public YearRange shift(int years) {
        return new YearRange(name, first + years, last + years);
    }

    /** The years {@code from..to} of this range. */
    public YearRange range(int from, int to) {
        positionOfYear(from);
        positionOfYear(to);
        return new YearRange(name, from, to);
    }

    @Override
    public Dim subset(List<String> wanted) {
        List<String> missing = new ArrayList<>();
        boolean consecutive = !wanted.isEmpty();
        int previous = Integer.MIN_VALUE;
        for (String w : wanted) {
            int p = indexOf(w);
            if (p < 0) {
                missing.add(w);
            } else {
                if (previous != Integer.MIN_VALUE && p != previous + 1) {
                    consecutive = false;
                }
                previous = p;
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("year range '" + name + "' " + first + ".." + last
                    + " has no item(s) " + Dims.show(missing));
        }
        if (consecutive) {
            return new YearRange(name, Integer.parseInt(wanted.get(0)), Integer.parseInt(wanted.get(wanted.size() - 1)));
        }
        return new Dimension(name, wanted);
    }

    @Override
    public YearRange withName(String newName) {
        return new YearRange(newName, first, last);
    }

    @Override
    public String toString() {
        return name + "[" + first + ".." + last + "]";
    }

    /** The items as a read-only view that computes each year's string on demand. */
    private final class Items extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            return item(index);
        }

        @Override
        public int size() {
            return YearRange.this.size();
        }

        @Override
        public int indexOf(Object o) {
            return o instanceof String s ? YearRange.this.indexOf(s) : -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            return indexOf(o);
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }
    }
}
