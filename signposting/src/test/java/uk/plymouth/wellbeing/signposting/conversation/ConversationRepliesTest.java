package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/** Every text the conversation can send is GSM-7 and, for templates, at most two segments; the counts are printed. */
class ConversationRepliesTest {

    @Test
    void everyTemplateIsGsmAndAtMostTwoSegments() throws IllegalAccessException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Field field : ReplyTexts.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                texts.put(field.getName(), (String) field.get(null));
            }
        }
        String longName = "Bartholomew-Maximilian";
        texts.put("help", ReplyTexts.help("Central Library", "01632 960100", "Mon-Fri 9am-5pm; Sat 10am-1pm"));
        texts.put("help without hub", ReplyTexts.help(null, null, null));
        texts.put("results", ReplyTexts.results("Nearest to PL5 first:", List.of(
                "Emergency food parcels and a very long tit... - Nomony Wellbeing and Family, 10.4km",
                "Debt and bailiff help - Nomony Wellbeing and Family, 10.4km",
                "Active families passes - Nomony Wellbeing and Family, 10.4km"), 1, true));
        texts.put("results, last page", ReplyTexts.results(null, List.of("Food bank - Plymstock, 8.7km"), 4, false));
        texts.put("number out of range", ReplyTexts.numberOutOfRange(24));
        texts.put("ask about", ReplyTexts.askAbout(longName));
        texts.put("ask consent", ReplyTexts.askConsent(90));
        texts.put("ask consent again", ReplyTexts.askConsentAgain(false));
        texts.put("ask urgent consent again", ReplyTexts.askConsentAgain(true));
        texts.put("booked", ReplyTexts.callbackBooked(longName, "PLY-4K7Q", "Nomony Wellbeing and Family Hub",
                "01632 960500", BestTime.AFTERNOON, false));
        texts.put("booked urgent", ReplyTexts.callbackBooked(null, "PLY-4K7Q", "Central Library Wellbeing Hub",
                "01632 960100", BestTime.ANY, true));
        texts.put("problem reported", ReplyTexts.problemReported("Nomony Wellbeing and Family",
                "Emergency food parcels and a very long title that goes on and on for ever and ever, and more"));
        texts.put("please call", ReplyTexts.pleaseCall(ReplyTexts.NON_UK_NUMBER, "Central Library", "01632 960100"));

        texts.forEach((name, text) -> {
            System.out.printf("%-26s %d segment(s), %3d characters%n", name, SmsText.segments(text), text.length());
            assertThat(SmsText.isGsm(text)).as(name).isTrue();
            assertThat(SmsText.segments(text)).as(name).isLessThanOrEqualTo(ReplyTexts.MAX_SEGMENTS);
        });
    }

    @Test
    void readsKeywordsTheWayCarriersDo() {
        assertThat(Keywords.oneWord(" Stop. ")).isEqualTo("STOP");
        assertThat(Keywords.oneWord("opt-out!")).isEqualTo("OPTOUT");
        assertThat(Keywords.oneWord("STOP PLEASE")).isEqualTo("STOPPLEASE");
        assertThat(Keywords.isPoliteOptOut("STOP PLEASE")).isTrue();
        assertThat(Keywords.asksToStopTexts("help to stop smoking")).isFalse();
        assertThat(Keywords.asksToStopTexts("I don't have credit to text")).isFalse();
        assertThat(Keywords.asksForCall("Can someone ring me?")).isTrue();
        assertThat(Keywords.asksForCall("I'd like to speak to someone")).isTrue();
        assertThat(Keywords.asksForCall("phone number for the food bank")).isFalse();
        assertThat(Keywords.number(" 2. ")).hasValue(2);
        assertThat(Keywords.number("#3")).hasValue(3);
        assertThat(Keywords.number("2 bed flat")).isEmpty();
        assertThat(Keywords.isYes("ok")).isTrue();
        assertThat(Keywords.isYes("yes please")).isTrue();
        assertThat(Keywords.isYes("yes but not on monday")).isFalse();
        assertThat(BestTimeWords.read("in the evening")).hasValue(BestTime.EVENING);
        assertThat(BestTimeWords.read("5")).isEmpty();
    }

    @Test
    void onlyEnglishOrPolishLookingTextIsSearched() {
        assertThat(SearchReplies.readable("food bank near PL5")).isTrue();
        assertThat(SearchReplies.readable("caf\u00e9 for over 60s")).isTrue();
        assertThat(SearchReplies.readable("bank \u017cywno\u015bci")).as("Polish: the search reads it").isTrue();
        assertThat(SearchReplies.readable("\u0645\u0631\u062d\u0628\u0627")).isFalse();
        assertThat(SearchReplies.readable("\uD83D\uDE00 123")).isFalse();
    }
}
