package dev.passages.search;

import dev.passages.PassagesException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code --from}/{@code --to} values: a year ({@code 2023}), a month ({@code 2023-11}) or a day. */
public final class DateBound {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private DateBound() {
    }

    /** The first day the value covers. */
    public static LocalDate start(String value, String option) {
        return day(value, option, false);
    }

    /** The last day the value covers. */
    public static LocalDate end(String value, String option) {
        return day(value, option, true);
    }

    /** The first or the {@code last} day of the year, month or day the value names. */
    private static LocalDate day(String value, String option, boolean last) {
        Matcher m = match(value, option);
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) != null) {
                return month.atDay(Integer.parseInt(m.group(3)));
            }
            return last ? month.atEndOfMonth() : month.atDay(1);
        } catch (DateTimeException e) {
            throw invalid(value, option);
        }
    }

    private static Matcher match(String value, String option) {
        Matcher m = FORM.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw invalid(value, option);
        }
        return m;
    }

    private static PassagesException invalid(String value, String option) {
        return new PassagesException(PassagesException.Kind.USAGE,
                option + ": '" + value + "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
    }
}
