package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.callback.BestTime;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;
import uk.plymouth.wellbeing.signposting.messaging.SmsText;

/**
 * How the dialogues read plain words: leaving, first names, what it is about, numbers to ring, the crisis offer's
 * yes; and that what they say back fits a text.
 */
class DialogueWordsTest {

    @Test
    void plainWordsForLeavingLeave() {
        for (String leaving : List.of("stop this", "Stop this!", "i want to stop", "I want to stop this",
                "i wanna stop now", "can I stop", "never mind", "Nevermind", "forget it", "forget about it",
                "dont want to do this", "I don't want to do this anymore", "i dont want to", "cancel that",
                "cancel my callback", "cancel it please", "cancel please", "quit please", "end it", "stop the survey",
                "i want to stop the survey", "no more questions", "stop asking me questions", "not now",
                "changed my mind", "I've changed my mind", "leave it", "ok forget it", "actually never mind",
                "i dont want a call", "dont need the call anymore", "not interested", "can we stop now please")) {
            assertThat(LeavingWords.leaves(leaving)).as(leaving).isTrue();
        }
    }

    @Test
    void needsAndNamesThatStartTheSameWayDoNotLeave() {
        for (String staying : List.of("Stopher", "stop smoking", "I want to stop smoking", "i want to stop drinking",
                "how do I stop gambling", "cancel my gym membership", "end of tenancy", "Callum", "Forde",
                "leaving care support", "food bank pl5", "hi", "3", "SKIP", "BACK", "yes", "no", "stopping smoking",
                "I don't want to lose my house")) {
            assertThat(LeavingWords.leaves(staying)).as(staying).isFalse();
        }
    }

    @Test
    void aFirstNameIsANameAndNothingElse() {
        assertThat(NameAnswer.firstName("Sam")).isEqualTo("Sam");
        assertThat(NameAnswer.firstName("my name is Pat.")).isEqualTo("Pat");
        assertThat(NameAnswer.firstName("it's Jo")).isEqualTo("Jo");
        assertThat(NameAnswer.firstName("Anne-Marie")).isEqualTo("Anne-Marie");
        assertThat(NameAnswer.firstName("O'Neil")).isEqualTo("O'Neil");
        assertThat(NameAnswer.firstName("Mary Jane")).isEqualTo("Mary Jane");
        assertThat(NameAnswer.firstName("Stopher")).isEqualTo("Stopher");
        assertThat(NameAnswer.firstName("Callum")).isEqualTo("Callum");
        assertThat(NameAnswer.firstName("Hope")).isEqualTo("Hope");
        for (String notAName : List.of("ok", "OK", "thanks", "Thanks.", "thank you", "hi", "hello there", "yes",
                "no", "yeah", "07700900105", "07700 900105", "123", "CALL", "help", "SURVEY", "STOP", "more",
                "food bank", "help with debt", "why", "dunno", "what?", "a b c d", "no thanks", "ok thanks",
                "morning", "me")) {
            assertThat(NameAnswer.firstName(notAName)).as(notAName).isNull();
        }
    }

    @Test
    void ratherNotSayIsASkip() {
        for (String skip : List.of("SKIP", "skip", "rather not say", "I'd rather not", "prefer not to say",
                "not saying", "skip please")) {
            assertThat(NameAnswer.isSkip(skip)).as(skip).isTrue();
        }
        assertThat(NameAnswer.isSkip("Sam")).isFalse();
    }

    @Test
    void whatItIsAboutIsNotOnlyANameOrANumber() {
        assertThat(NameAnswer.saysNothingAbout("Pat", "Pat")).isTrue();
        assertThat(NameAnswer.saysNothingAbout("pat", "Pat")).isTrue();
        assertThat(NameAnswer.saysNothingAbout("my name is Pat", null)).isTrue();
        assertThat(NameAnswer.saysNothingAbout("42", "Pat")).isTrue();
        assertThat(NameAnswer.saysNothingAbout("07700 900105", "Pat")).isTrue();
        assertThat(NameAnswer.saysNothingAbout("ok", "Pat")).isTrue();
        assertThat(NameAnswer.saysNothingAbout("thanks", null)).isTrue();
        assertThat(NameAnswer.saysNothingAbout("my rent arrears", "Pat")).isFalse();
        assertThat(NameAnswer.saysNothingAbout("debt", null)).isFalse();
        assertThat(NameAnswer.saysNothingAbout("i am worried about money", null)).isFalse();
        assertThat(NameAnswer.saysNothingAbout("Pat needs help with her benefits", "Pat")).isFalse();
    }

    @Test
    void aUkNumberAnywhereIsFoundLandlinesIncluded() {
        assertThat(NumberToRing.in("call me on my home phone 01752 668000")).hasValue(
                PhoneNumber.parseUk("01752 668000"));
        assertThat(NumberToRing.in("07700900105")).hasValue(PhoneNumber.parseUk("07700 900105"));
        assertThat(NumberToRing.in("ring +44 (0)1752 668000 please")).hasValue(PhoneNumber.parseUk("01752 668000"));
        assertThat(NumberToRing.in("my number is 01752-668000.")).hasValue(PhoneNumber.parseUk("01752 668000"));
        assertThat(NumberToRing.in("near PL5 3 01752 668000")).hasValue(PhoneNumber.parseUk("01752 668000"));
        assertThat(NumberToRing.in("food bank PL5")).isEmpty();
        assertThat(NumberToRing.in("3")).isEmpty();
        assertThat(NumberToRing.in("PLY-4K7Q")).isEmpty();
        assertThat(NumberToRing.in("call 01234")).as("too short").isEmpty();
        assertThat(NumberToRing.in("00000 000000")).as("no UK number starts like that").isEmpty();
        assertThat(NumberToRing.in("+33 1 42 68 53 00")).as("not UK").isEmpty();
        assertThat(PhoneNumber.parseUk("01752 668000").national()).isEqualTo("01752 668000");
    }

    @Test
    void whatRemainsBesideTheNumberIsKept() {
        assertThat(NumberToRing.without("debt, ring me on 01752 668000")).isEqualTo("debt");
        assertThat(NumberToRing.without("call me on my home phone 01752 668000")).isEmpty();
        assertThat(NumberToRing.without("07700900105")).isEmpty();
    }

    @Test
    void theBestTimeIsReadAloneOrInALongerText() {
        assertThat(BestTimeWords.read("3")).hasValue(BestTime.EVENING);
        assertThat(BestTimeWords.read("in the morning")).hasValue(BestTime.MORNING);
        assertThat(BestTimeWords.read("5")).isEmpty();
        assertThat(BestTimeWords.mentioned("can you ring me in the evening instead")).hasValue(BestTime.EVENING);
        assertThat(BestTimeWords.mentioned("afternoons would be better")).hasValue(BestTime.AFTERNOON);
        assertThat(BestTimeWords.mentioned("change the time")).isEmpty();
    }

    @Test
    void theCrisisOfferIsAcceptedInPlainWords() {
        for (String yes : List.of("CALL", "call me", "yes", "Yes please", "ok", "OK", "please", "ok call me",
                "yes ring me", "yes please call me", "go on then", "yeah", "sure")) {
            assertThat(CrisisReplies.acceptsOffer(yes)).as(yes).isTrue();
        }
        for (String not : List.of("no", "no thanks", "food bank", "hi", "thanks", "never mind")) {
            assertThat(CrisisReplies.acceptsOffer(not)).as(not).isFalse();
        }
    }

    @Test
    void aSurveyResultByTextHasNoHere() {
        assertThat(SurveyTexts.byText("That is common; staff here can help you find support if you want it."))
                .isEqualTo("That is common; hub staff can help you find support if you want it.")
                .doesNotContain("here");
    }

    @Test
    void everythingTheDialoguesSayFitsATextAndIsPlain() {
        PhoneNumber landline = PhoneNumber.parseUk("01752 668000");
        List<String> texts = List.of(DialogueTexts.CALL_LEFT, DialogueTexts.SURVEY_LEFT, DialogueTexts.OFFER_DECLINED,
                DialogueTexts.ABOUT_AGAIN, DialogueTexts.NO_OPEN_REQUEST, DialogueTexts.NOT_YOURS,
                DialogueTexts.ALREADY_CLOSED, DialogueTexts.ringOffer(DialogueTexts.CAN_RING, landline),
                DialogueTexts.ringAgain(landline), DialogueTexts.cancelled("PLY-4K7Q"),
                DialogueTexts.timeChanged("PLY-4K7Q", BestTime.EVENING.inWords()),
                DialogueTexts.numberChanged("PLY-4K7Q", landline), DialogueTexts.askNewTime("PLY-4K7Q"),
                DialogueTexts.optedOutIn(ReplyTexts.SURVEY_STOPPED, "UNSUBSCRIBE"),
                DialogueTexts.optedOutIn("No call booked: we kept nothing.", null), ReplyTexts.ASK_NAME);
        for (String text : texts) {
            assertThat(SmsText.isGsm(text)).as(text).isTrue();
            assertThat(SmsText.segments(text)).as(text).isLessThanOrEqualTo(2);
            assertThat(text).as(text).doesNotEndWith("...");
        }
        assertThat(DialogueTexts.ringOffer("", landline)).isEqualTo("Shall we ring 01752 668000? Reply YES or NO.");
        assertThat(DialogueTexts.optedOutIn(ReplyTexts.SURVEY_STOPPED, "QUIT"))
                .contains("You texted QUIT, so we will send no more texts", "text START", "text NO");
    }
}
