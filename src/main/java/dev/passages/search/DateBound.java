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
        Matcher m = match(value, option);
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return LocalDate.of(year, 1, 1);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? LocalDate.of(year, month, 1) : LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw invalid(value, option);
        }
    }

    /** The last day the value covers. */
    public static LocalDate end(String value, String option) {
        Matcher m = match(value, option);
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return LocalDate.of(year, 12, 31);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? YearMonth.of(year, month).atEndOfMonth()
                    : LocalDate.of(year, month, Integer.parseInt(m.group(3)));
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
