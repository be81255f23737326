package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.plymouth.wellbeing.signposting.callback.CallbackDetails;
import uk.plymouth.wellbeing.signposting.callback.CallbackQueue;
import uk.plymouth.wellbeing.signposting.callback.ThreadText;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * Dialogues that let go, and callback answers checked for sense, through {@link Conversation} on H2 (the same
 * context as {@code ConversationTest}): leaving in plain words without opting out, a carrier word still opting out
 * and saying so plainly, a new need leaving with its answer, the crisis offer's "yes", names and "what about" checked,
 * a number to ring offered and booked, and a resident cancelling or changing their own request by text.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:conversation-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password="
})
class DialoguesByTextTest extends TextingContext {

    private static final PhoneNumber LANDLINE = PhoneNumber.parseUk("01752 668000");

    @Autowired
    CallbackQueue queue;

    // --- leaving ------------------------------------------------------------------------------------------------

    @Test
    void plainWordsLeaveTheCallbackQuestionsWithNothingBookedAndTextsStillOn() {
        for (String leaving : List.of("stop this", "i want to stop", "never mind", "forget it",
                "dont want to do this", "cancel that", "cancel please", "cancel my callback")) {
            // some of these are close to despair and may make a later CALL urgent: a new resident for each
            aNewResident();
            assertThat(only(send("CALL"))).isEqualTo(ReplyTexts.ASK_NAME);
            send("Sam");
            // the crisis lines may come first, but the questions always end
            List<String> left = send(leaving).messages();
            assertThat(left.get(left.size() - 1)).as(leaving).isEqualTo(DialogueTexts.CALL_LEFT);
            assertThat(optOuts.isOptedOut(resident)).as(leaving).isFalse();
            assertThat(callbacksOf(resident)).as(leaving).isEmpty();
        }
        assertThat(only(send("Stopher"))).as("outside the dialogue a name is just searched")
                .isNotEqualTo(DialogueTexts.CALL_LEFT);
    }

    @Test
    void aNameThatStartsLikeLeavingIsAName() {
        send("CALL");
        assertThat(only(send("Stopher"))).startsWith("Thanks, Stopher.");
    }

    @Test
    void quitInTheCallbackQuestionsOptsOutAndSaysHowToUndoIt() {
        send("CALL");
        String reply = only(send("QUIT"));
        assertThat(reply).startsWith("No call booked").contains("You texted QUIT, so we will send no more texts",
                "text START", "text NO");
        assertThat(optOuts.isOptedOut(resident)).isTrue();
    }

    @Test
    void aClearNewNeedLeavesTheQuestionsWithItsAnswerButAGreetingIsAskedAgain() {
        send("CALL");
        assertThat(only(send("hi"))).isEqualTo(ReplyTexts.ASK_NAME_AGAIN);
        List<String> food = send("food bank pl5").messages();
        assertThat(food.get(0)).isEqualTo(ReplyTexts.CALL_NOT_BOOKED);
        assertThat(food.get(1)).startsWith("Nearest to PL5 first:").containsIgnoringCase("food");
        assertThat(callbacksOf(resident)).isEmpty();

        send("CALL");
        send("Sam");
        send("my rent arrears");
        List<String> atTime = send("food bank pl5").messages();
        assertThat(atTime.get(0)).isEqualTo(ReplyTexts.CALL_NOT_BOOKED);
        assertThat(callbacksOf(resident)).isEmpty();
    }

    // --- the crisis offer ---------------------------------------------------------------------------------------

    @Test
    void theCrisisOfferTakesYesOkAndPleaseAsCall() {
        for (String yes : List.of("yes", "ok", "please", "yes please", "ok call me")) {
            aNewResident();
            ConversationReply offer = send("i want to kill myself");
            assertThat(offer.crisis()).isTrue();
            assertThat(only(send(yes))).as(yes).isEqualTo(ReplyTexts.ASK_URGENT_CONSENT);
            assertThat(only(send("YES"))).as(yes).contains("as soon as we can");
            assertThat(callbacksOf(resident)).as(yes).singleElement()
                    .satisfies(request -> assertThat(request).containsEntry("urgent", true)
                            .containsEntry("crisis_kind", CrisisKind.SUICIDE.id()));
        }
    }

    @Test
    void theCrisisOfferCanBeDeclinedInPlainWords() {
        send("i want to kill myself");
        assertThat(only(send("no thanks"))).isEqualTo(DialogueTexts.OFFER_DECLINED);
        assertThat(callbacksOf(resident)).isEmpty();
        assertThat(optOuts.isOptedOut(resident)).isFalse();
    }

    // --- answers checked for sense -----------------------------------------------------------------------------

    @Test
    void greetingsThanksAndOkAreNotFirstNamesAndANameAloneIsNotWhatItIsAbout() {
        send("CALL");
        for (String notAName : List.of("ok", "thanks", "hi", "yes", "HELP me")) {
            assertThat(only(send(notAName))).as(notAName).isEqualTo(ReplyTexts.ASK_NAME_AGAIN);
        }
        assertThat(only(send("Pat"))).startsWith("Thanks, Pat.");
        assertThat(only(send("Pat"))).isEqualTo(DialogueTexts.ABOUT_AGAIN);
        assertThat(only(send("42"))).isEqualTo(DialogueTexts.ABOUT_AGAIN);
        assertThat(only(send("my name is Pat"))).isEqualTo(DialogueTexts.ABOUT_AGAIN);
        assertThat(only(send("my rent arrears"))).isEqualTo(ReplyTexts.ASK_TIME);
    }

    @Test
    void aLandlineInTheFirstTextIsOfferedAndTheRequestCarriesItForStaff() {
        assertThat(only(send("call me on my home phone 01752 668000")))
                .isEqualTo("We can ring you back. Shall we ring 01752 668000? Reply YES or NO.");
        assertThat(only(send("maybe"))).isEqualTo(DialogueTexts.ringAgain(LANDLINE));
        assertThat(only(send("yes"))).startsWith("OK, we will ring 01752 668000. We can ring you back. What is your"
                + " first name?");
        send("Sam");
        send("my rent arrears");
        send("2");
        String booked = only(send("YES"));
        assertThat(booked).contains("will ring you on 01752 668000");

        Map<String, Object> request = callbacksOf(resident).get(0);
        assertThat(request).containsEntry("phone", resident.e164()).containsEntry("ring_phone", LANDLINE.e164());
        CallbackDetails seen = queue.view((UUID) request.get("id"), ADMIN).orElseThrow();
        assertThat(seen.ringPhone()).isEqualTo(LANDLINE);
        assertThat(seen.phone()).isEqualTo(resident);
    }

    @Test
    void aNumberGivenMidwayIsOfferedAndNoKeepsTheTextingNumber() {
        send("CALL");
        assertThat(only(send("07700900105"))).isEqualTo("Shall we ring 07700 900105? Reply YES or NO.");
        assertThat(only(send("no"))).startsWith(DialogueTexts.RINGING_THIS + " We can ring you back.");
        send("Sam");
        assertThat(only(send("debt, ring me on 01752 668000"))).isEqualTo(DialogueTexts.ringOffer("", LANDLINE));
        assertThat(only(send("yes"))).startsWith("OK, we will ring 01752 668000. When is best to ring?");
        send("1");
        send("yes");
        assertThat(callbacksOf(resident)).singleElement().satisfies(request -> assertThat(request)
                .containsEntry("ring_phone", LANDLINE.e164()).containsEntry("about_text", "debt")
                .containsEntry("best_time", "MORNING"));
    }

    // --- their own request by text ------------------------------------------------------------------------------

    private String book() {
        send("CALL");
        send("Sam");
        send("my rent arrears");
        send("4");
        String booked = only(send("YES"));
        return booked.substring(booked.indexOf("PLY-"), booked.indexOf("PLY-") + 8);
    }

    private List<String> residentTexts(UUID request) {
        return staffTexts.thread(request, ADMIN).stream().filter(ThreadText::fromResident).map(ThreadText::body)
                .toList();
    }

    @Test
    void cancelMyCallbackRightAfterBookingCancelsItAndStaffSeeWhy() {
        String reference = book();
        assertThat(only(send("cancel my callback"))).isEqualTo(DialogueTexts.cancelled(reference));
        List<Map<String, Object>> requests = callbacksOf(resident);
        assertThat(requests).as("no new booking").singleElement()
                .satisfies(request -> assertThat(request).containsEntry("status", "DONE"));
        UUID id = (UUID) requests.get(0).get("id");
        CallbackDetails seen = queue.view(id, ADMIN).orElseThrow();
        assertThat(seen.notes()).anySatisfy(note -> assertThat(note.text()).contains("Cancelled by the resident"));
        assertThat(residentTexts(id)).containsExactly("cancel my callback");
        assertThat(only(send("cancel my callback"))).isEqualTo(DialogueTexts.NO_OPEN_REQUEST);
    }

    @Test
    void aReferenceCancelsOnlyWhenItIsTheirs() {
        PhoneNumber me = resident;
        aNewResident();
        PhoneNumber other = resident;
        resident = me;
        send(other, "CALL");
        send(other, "Alex");
        send(other, "housing");
        send(other, "1");
        String booked = only(send(other, "YES"));
        String theirs = booked.substring(booked.indexOf("PLY-"), booked.indexOf("PLY-") + 8);
        assertThat(only(send("cancel " + theirs))).isEqualTo(DialogueTexts.NOT_YOURS);
        assertThat(callbacksOf(other)).allSatisfy(request -> assertThat(request.get("status")).isEqualTo("NEW"));

        String mine = book();
        assertThat(only(send("please cancel " + mine.toLowerCase()))).isEqualTo(DialogueTexts.cancelled(mine));
    }

    @Test
    void changeTheTimeAsksWhenThenChangesItForStaff() {
        String reference = book();
        assertThat(only(send("change the time"))).isEqualTo(DialogueTexts.askNewTime(reference));
        assertThat(only(send("3"))).isEqualTo(DialogueTexts.timeChanged(reference, "in the evening"));
        assertThat(callbacksOf(resident).get(0)).containsEntry("best_time", "EVENING");
        assertThat(only(send("can you ring me in the morning instead")))
                .isEqualTo(DialogueTexts.timeChanged(reference, "in the morning"));
        UUID id = (UUID) callbacksOf(resident).get(0).get("id");
        assertThat(queue.view(id, ADMIN).orElseThrow().notes()).anySatisfy(note -> assertThat(note.text())
                .contains("rung in the morning instead (was in the evening)"));
    }

    @Test
    void ringMeOnAnotherNumberInsteadChangesTheNumberToRing() {
        String reference = book();
        assertThat(only(send("ring me on 01752 668000 instead")))
                .isEqualTo(DialogueTexts.numberChanged(reference, LANDLINE));
        assertThat(callbacksOf(resident).get(0)).containsEntry("ring_phone", LANDLINE.e164())
                .containsEntry("phone", resident.e164());
        assertThat(callbacksOf(resident)).hasSize(1);
    }

    @Test
    void withNoOpenRequestANeedAboutTimesIsStillSearched() {
        assertThat(only(send("change the time"))).isNotEqualTo(DialogueTexts.NO_OPEN_REQUEST);
        assertThat(only(send("cancel my callback"))).isEqualTo(DialogueTexts.NO_OPEN_REQUEST);
        assertThat(only(send("call me on 01752 668000")))
                .isEqualTo("We can ring you back. Shall we ring 01752 668000? Reply YES or NO.");
    }
}
