package dev.passages;

import java.util.concurrent.ThreadFactory;

/** Threads that never keep the JVM alive by themselves: pools and helpers of a command that ends when its work does. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory of daemon threads, all with this name. */
    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
