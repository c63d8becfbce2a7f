package dev.passages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The small folders of files that tests write for themselves: corpora of a few articles, folders to refuse. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * Makes {@code folder} (and its parents) holding {@code files}, each a name relative to the folder (it may name
     * subfolders, made too) and its text, written in name order; the folder.
     */
    public static Path folder(Path folder, Map<String, String> files) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            write(folder, file.getKey(), file.getValue());
        }
        return folder;
    }

    /** Writes {@code text} to {@code name} in {@code folder}, making the folders the name needs; the file. */
    public static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
