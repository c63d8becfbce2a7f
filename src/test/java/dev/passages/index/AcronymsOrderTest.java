package dev.passages.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The acronyms learned from an index come in one order, whatever order the counts were gathered in. */
class AcronymsOrderTest {

    @Test
    void acronymsAreListedInTheirOwnOrderNotInTheOrderGathered() {
        Map<String, Long> gathered = new LinkedHashMap<>();
        gathered.put("WHO\u001FWorld Health Organization", 3L);
        gathered.put("EU\u001FEuropean Union", 5L);
        gathered.put("ECB\u001FEuropean Central Bank", 5L);
        gathered.put("EU\u001FEconomic Union", 5L);
        Map<String, Long> reversed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(gathered.keySet());
        Collections.reverse(keys);
        keys.forEach(k -> reversed.put(k, gathered.get(k)));

        assertThat(Acronyms.of(gathered).all().keySet()).containsExactly("ECB", "EU", "WHO");
        assertThat(Acronyms.of(reversed).all()).isEqualTo(Acronyms.of(gathered).all());
        assertThat(Acronyms.of(gathered).longForms("EU")).extracting(Acronyms.Definition::longForm)
                .containsExactly("Economic Union", "European Union");
    }
}
