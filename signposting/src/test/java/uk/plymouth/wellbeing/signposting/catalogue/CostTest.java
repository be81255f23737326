package uk.plymouth.wellbeing.signposting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CostTest {

    @Test
    void readsFree() {
        Cost free = Cost.parse("free");

        assertThat(free.free()).isTrue();
        assertThat(free.text()).isEqualTo("Free");
        assertThat(free.amount()).isEqualByComparingTo("0");
    }

    @Test
    void readsAPriceInPoundsOrPence() {
        assertThat(Cost.parse("£2.50 per session").amount()).isEqualByComparingTo("2.50");
        assertThat(Cost.parse("50p a cuppa").amount()).isEqualByComparingTo("0.50");
        assertThat(Cost.parse("£2 per session").free()).isFalse();
    }

    @Test
    void treatsFreeWithConditionsAsFreeAndKeepsTheWords() {
        Cost cost = Cost.parse("Free, donations welcome");

        assertThat(cost.free()).isTrue();
        assertThat(cost.text()).isEqualTo("Free, donations welcome");
    }

    @Test
    void keepsWordsWithoutAPrice() {
        Cost cost = Cost.parse("pay what you can");

        assertThat(cost.free()).isFalse();
        assertThat(cost.amount()).isNull();
    }
}
