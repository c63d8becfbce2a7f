import java.nio.file.Path;

/**
 * A benchmark program's positional arguments: the usage line and exit 2 when too few are given, and the
 * optional ones read with their defaults.
 */
record BenchArgs(String[] values) {

    /** The arguments, or the usage on stderr and exit 2 when fewer than {@code required} are given. */
    static BenchArgs of(String[] args, int required, String usage) {
        if (args.length < required) {
            System.err.println("usage: " + usage);
            System.exit(2);
        }
        return new BenchArgs(args);
    }

    String text(int i) {
        return values[i];
    }

    Path path(int i) {
        return Path.of(values[i]);
    }

    /** The number at {@code i}, one of the required arguments. */
    int count(int i) {
        return Integer.parseInt(values[i]);
    }

    /** The number at {@code i}, or {@code otherwise} when it is not given. */
    long number(int i, long otherwise) {
        return values.length > i ? Long.parseLong(values[i]) : otherwise;
    }

    int count(int i, int otherwise) {
        return Math.toIntExact(number(i, otherwise));
    }

    /** Whether the argument at {@code i} is the word {@code flag}. */
    boolean has(int i, String flag) {
        return values.length > i && values[i].equals(flag);
    }
}
