package dev.passages.index;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * The index folder as an indexing run's writer sees it: deleting one of the index's files that is already gone
 * succeeds. A rebuild of an index whose files were lost (the remedy its damage message gives) writes its new
 * commit, then drops the commit before it, file by file; Lucene's own folder fails on a file that is not there,
 * after the new commit is written, and the run would say it failed when it had not.
 */
final class WriterDirectory extends FilterDirectory {

    WriterDirectory(Directory in) {
        super(in);
    }

    @Override
    public void deleteFile(String name) throws IOException {
        try {
            in.deleteFile(name);
        } catch (NoSuchFileException | FileNotFoundException gone) {
            // already gone, which is what deleting it asks
        }
    }
}
