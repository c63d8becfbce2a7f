package dev.passages.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hashed table of ids and their files answers as a map of the ids themselves would, removals included. */
class IdOwnersTest {

    /** Each step puts, releases a file, or asks; a step is three numbers: what, which id, which file. */
    @Property(tries = 300)
    void answersAsAMapOfTheIds(@ForAll @Size(max = 600) List<@IntRange(min = 0, max = 9999) Integer> steps) {
        IdOwners owners = new IdOwners();
        Map<String, String> model = new HashMap<>();
        for (int i = 0; i + 2 < steps.size(); i += 3) {
            int what = steps.get(i) % 10;
            String id = "doc-" + steps.get(i + 1) % 400;
            String file = "file-" + steps.get(i + 2) % 7;
            if (what < 7) {
                owners.put(id, file);
                model.putIfAbsent(id, file);
            } else if (what < 8) {
                owners.release(file);
                model.values().removeIf(file::equals);
            }
            assertThat(owners.owner(id)).isEqualTo(model.get(id));
            assertThat(owners.size()).isEqualTo(model.size());
        }
        for (int k = 0; k < 400; k++) {
            String id = "doc-" + k;
            assertThat(owners.contains(id)).as(id).isEqualTo(model.containsKey(id));
            assertThat(owners.owner(id)).as(id).isEqualTo(model.get(id));
        }
    }

    @Test
    void holdsAHundredThousandIdsOfManyFilesAndFreesThemFileByFile() {
        IdOwners owners = new IdOwners();
        Map<String, String> model = new HashMap<>();
        Random random = new Random(7);
        List<String> files = new ArrayList<>();
        for (int f = 0; f < 300; f++) {
            files.add("corpus\u0000f" + f + ".warc");
        }
        for (int i = 0; i < 100_000; i++) {
            String id = "crawl/news.example.org-" + Long.toHexString(random.nextLong());
            String file = files.get(random.nextInt(files.size()));
            owners.put(id, file);
            model.putIfAbsent(id, file);
        }
        assertThat(owners.size()).isEqualTo(model.size());
        for (int f = 0; f < files.size(); f += 2) {
            owners.release(files.get(f));
            String gone = files.get(f);
            model.values().removeIf(gone::equals);
        }
        assertThat(owners.size()).isEqualTo(model.size());
        model.forEach((id, file) -> assertThat(owners.owner(id)).isEqualTo(file));
        // a released file's ids are free, and can be taken again
        owners.put("crawl/news.example.org-again", files.get(0));
        assertThat(owners.owner("crawl/news.example.org-again")).isEqualTo(files.get(0));
    }

    @Test
    void anIdAsUtf8BytesIsTheSameIdAsItsString() {
        IdOwners owners = new IdOwners();
        owners.put(new BytesRef("Zürich/Straße-1"), "a.warc");
        assertThat(owners.owner("Zürich/Straße-1")).isEqualTo("a.warc");
        assertThat(owners.contains("Zurich/Strasse-1")).isFalse();
    }

    @Test
    void idsThatDifferInOneCharacterOrInLengthHaveDifferentHashes() {
        assertThat(IdOwners.hash("a/b-1")).isNotEqualTo(IdOwners.hash("a/b-2"));
        assertThat(IdOwners.hash("a")).isNotEqualTo(IdOwners.hash("a\u0000"));
        assertThat(IdOwners.hash("")).isNotZero();
    }
}
