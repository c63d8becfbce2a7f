package dev.passages.index;

import dev.passages.attribution.Attribution;
import dev.passages.attribution.Speaker;
import dev.passages.speakers.SpeakerCodec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speaker fields of one article's paragraphs. An article names a speaker by one {@link Speaker} in every
 * paragraph where the speaker speaks, so the fields that say only who speaks (the key, the names, the entry) are
 * made once an article and added to each of those paragraphs: an indexed field is read, never changed, as a
 * document is written. Only the stored attribution, which holds the paragraph's cue and trigger, is each
 * paragraph's own.
 */
final class SpeakerFields {

    /** The fields of one speaker, and its entry, which the stored attribution begins with. */
    private record Made(String entry, Field key, Field names, Field entryValue) {
    }

    private final Map<Speaker, Made> made = new IdentityHashMap<>();

    /** Adds to {@code doc} the fields of each speaker of {@code attributions}, a speaker named twice once. */
    void add(Document doc, List<Attribution> attributions) {
        // a set of keys only for a paragraph of several speakers: most have none or one
        Set<String> seen = attributions.size() > 1 ? new HashSet<>() : null;
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            Speaker sp = a.speaker();
            if (seen != null && !seen.add(sp.key())) {
                continue;
            }
            Made m = made.computeIfAbsent(sp, SpeakerFields::make);
            doc.add(m.key());
            doc.add(m.names());
            doc.add(new StoredField(Schema.SPEAKERS_STORED, SpeakerCodec.encode(m.entry(), a)));
            doc.add(m.entryValue());
        }
    }

    private static Made make(Speaker sp) {
        String entry = SpeakerCodec.entry(sp);
        return new Made(entry, new StringField(Schema.SPEAKER_KEY, sp.key(), Field.Store.NO),
                new TextField(Schema.SPEAKER, String.join(" ; ", sp.aliases()), Field.Store.NO),
                new SortedSetDocValuesField(Schema.SPEAKER_ENTRY, new BytesRef(entry)));
    }
}
