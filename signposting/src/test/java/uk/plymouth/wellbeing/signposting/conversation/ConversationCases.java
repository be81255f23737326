package uk.plymouth.wellbeing.signposting.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import uk.plymouth.wellbeing.signposting.callback.StaffMember;
import uk.plymouth.wellbeing.signposting.callback.ThreadText;
import uk.plymouth.wellbeing.signposting.crisis.CrisisKind;
import uk.plymouth.wellbeing.signposting.messaging.PhoneNumber;

/**
 * What {@link Conversation} promises, written once and run on H2 in PostgreSQL mode ({@code ConversationTest}) and
 * on a real PostgreSQL server ({@code ConversationPostgresIT}), in {@link TextingContext}. How crisis words are
 * answered is in {@code CrisisByTextTest}.
 */
abstract class ConversationCases extends TextingContext {

    // --- texts arriving together ------------------------------------------------------------------------------

    @Test
    void textsFromOneNumberArrivingTogetherAreEachAnsweredProperlyAndNoneIsLost() throws Exception {
        for (int round = 0; round < 8; round++) {
            PhoneNumber from = PhoneNumber.parseUkMobile("07700 900" + (980 + round));
            List<String> texts = List.of("food bank", "help with debt", "CALL", "stop smoking", "walking football",
                    "hi");
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(texts.size());
            try {
                List<java.util.concurrent.Future<ConversationReply>> replies = new java.util.ArrayList<>();
                for (String text : texts) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return send(from, text);
                    }));
                }
                start.countDown();
                List<String> answered = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<ConversationReply> reply : replies) {
                    answered.add(String.join(" ", reply.get(30, java.util.concurrent.TimeUnit.SECONDS).messages()));
                }
                assertThat(answered).as("round " + round).noneMatch(a -> a.contains("something went wrong"));
                assertThat(answered).as("CALL was answered as CALL").contains(ReplyTexts.ASK_NAME);
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.queryForObject("select count(*) from sms_conversation where phone = ?", Integer.class,
                    from.e164())).isEqualTo(1);
        }
    }

    // --- search, details, more, expiry ---------------------------------------------------------------------

    @Test
    void searchListsThreeThenANumberGivesDetailsAndMoreTheNextThree() {
        String list = only(send("food bank near PL5"));
        assertThat(list).startsWith("Nearest to PL5 first:\n1 ").contains("\n2 ", "\n3 ")
                .endsWith("Reply 1-3 for details, MORE for more, CALL for a callback.");
        assertThat(list.toLowerCase()).contains("food");

        String second = list.lines().filter(line -> line.startsWith("2 ")).findFirst().orElseThrow();
        String title = second.substring(2, second.indexOf(" - "));
        String details = only(send("2"));
        assertThat(details).contains(title.endsWith("...") ? title.substring(0, title.length() - 3) : title)
                .contains("From Plymouth Wellbeing Hubs");

        String more = only(send("MORE"));
        int shown = (int) more.lines().filter(line -> line.matches("[4-6] .*")).count();
        assertThat(more).startsWith("4 ").contains("Reply 1-" + (3 + shown) + " for details");
        assertThat(only(send("4"))).contains("From Plymouth Wellbeing Hubs");
        assertThat(only(send("9"))).isEqualTo(ReplyTexts.numberOutOfRange(3 + shown));
        if (!more.contains("MORE for more")) {
            assertThat(only(send("more"))).isEqualTo(ReplyTexts.NO_MORE);
        }
    }

    @Test
    void wrongAfterDetailsReportsThatListingForItsHubWithTheRestAsTheNote() {
        send("help with debt");
        send("1");
        Map<String, Object> state = jdbc.queryForMap("select * from sms_conversation where phone = ?",
                resident.e164());
        assertThat(state.get("details_item_id")).isNotNull();

        assertThat(only(send("WRONG the times have changed"))).startsWith("Thank you for telling us about ");

        Map<String, Object> report = jdbc.queryForMap("select * from problem_report where item_id = ? and note = ?",
                state.get("details_item_id"), "the times have changed");
        assertThat(report).containsEntry("hub_id", state.get("details_hub_id")).containsEntry("kind", "WRONG_TIME")
                .containsEntry("channel", "SMS");
        assertThat(jdbc.queryForObject("select details_item_id from sms_conversation where phone = ?", String.class,
                resident.e164())).isNull();
        assertThat(only(send("wrong"))).isEqualTo(ReplyTexts.WRONG_WHICH);
    }

    @Test
    void aGreetingOrThanksGetsAFriendlyAnswerNotASearch() {
        for (String hello : List.of("hi", "Hello there", "good morning", "Hiya!")) {
            assertThat(only(send(hello))).as(hello).isEqualTo(ReplyTexts.GREETING);
        }
        for (String thanks : List.of("thanks", "Thank you so much x", "cheers, that's great", "ta")) {
            assertThat(only(send(thanks))).as(thanks).isEqualTo(ReplyTexts.THANKS);
        }
        assertThat(only(send("hi I need help with debt"))).as("a greeting with a need is a search")
                .containsIgnoringCase("debt");
        assertThat(only(send("thanks, where is the food bank"))).isNotEqualTo(ReplyTexts.THANKS);
    }

    @Test
    void plainWordsNoKeywordCoversAreUnderstoodByMeaning() {
        assertThat(only(send("ring me back please"))).isEqualTo(ReplyTexts.ASK_NAME);
        assertThat(only(send("no"))).isEqualTo(ReplyTexts.DIALOGUE_STOPPED);
        assertThat(only(send("how does this work"))).startsWith("Plymouth Wellbeing Hubs. Text what you need");
        assertThat(only(send("is anyone there"))).isEqualTo(ReplyTexts.GREETING);
        // close in meaning to distress too: the crisis lines may come first, but the survey list always comes
        List<String> feelings = send("I want to tell you how I am feeling").messages();
        assertThat(feelings.get(feelings.size() - 1)).startsWith("Which survey would you like");
        assertThat(only(send("no"))).isEqualTo(SurveyTexts.DECLINED);
        for (String need : List.of("help with debt", "what help is there for carers", "I need help with my rent",
                "someone to talk to")) {
            assertThat(only(send(need))).as(need).doesNotStartWith("We can ring you back")
                    .doesNotStartWith("Plymouth Wellbeing Hubs. Text what you need");
        }
    }

    @Test
    void everydayWordsFindServices() {
        assertThat(only(send("help with debt"))).containsIgnoringCase("debt").startsWith("1 ");
        assertThat(only(send("walking football tuesday"))).containsIgnoringCase("walking football");
    }

    @Test
    void aSearchExpiresAfterThirtyMinutesIdle() {
        send("help with debt");
        clock.advance(Duration.ofMinutes(29));
        assertThat(only(send("1"))).contains("From Plymouth Wellbeing Hubs");
        clock.advance(Duration.ofMinutes(29));
        assertThat(only(send("MORE"))).startsWith("4 ");

        clock.advance(Duration.ofMinutes(31));
        assertThat(only(send("2"))).isEqualTo(ReplyTexts.EXPIRED);
        assertThat(only(send("2"))).isEqualTo(ReplyTexts.NO_SEARCH);
        assertThat(only(send("MORE"))).isEqualTo(ReplyTexts.NO_SEARCH);
    }

    @Test
    void theSweepErasesIdleConversationsAndLaterForgetsThem() {
        send("CALL");
        send("Sam");
        clock.advance(Duration.ofMinutes(31));
        store.sweep();
        Map<String, Object> row = jdbc.queryForMap("select * from sms_conversation where phone = ?",
                resident.e164());
        assertThat(row.get("step")).isEqualTo("EXPIRED");
        assertThat(row.get("first_name")).isNull();
        assertThat(row.get("results")).isNull();

        clock.advance(Duration.ofHours(24));
        store.sweep();
        assertThat(jdbc.queryForObject("select count(*) from sms_conversation where phone = ?", Integer.class,
                resident.e164())).isZero();
    }

    // --- callback dialogue ---------------------------------------------------------------------------------

    @Test
    void callDialogueCreatesOneRequestForTheHubNearestThePlaceGiven() {
        send("debt advice PL5");
        assertThat(only(send("can someone ring me"))).isEqualTo(ReplyTexts.ASK_NAME);
        assertThat(only(send("Sam"))).startsWith("Thanks, Sam. In a few words");
        assertThat(only(send("my debts and bills"))).isEqualTo(ReplyTexts.ASK_TIME);
        assertThat(only(send("tomorrow"))).isEqualTo(ReplyTexts.ASK_TIME_AGAIN);
        assertThat(only(send("7"))).isEqualTo(ReplyTexts.ASK_TIME_AGAIN);
        assertThat(only(send("2"))).startsWith("Privacy:").contains("YES");
        assertThat(callbacksOf(resident)).isEmpty();

        String booked = only(send("Yes please"));

        List<Map<String, Object>> requests = callbacksOf(resident);
        assertThat(requests).hasSize(1);
        Map<String, Object> request = requests.get(0);
        assertThat(booked).startsWith("Thanks, Sam. Your reference is " + request.get("reference") + ".")
                .contains("Four Greens").contains("in the afternoon").contains("01632 960600");
        assertThat(request.get("hub_id")).isEqualTo("four-greens");
        assertThat(request.get("first_name")).isEqualTo("Sam");
        assertThat(request.get("about_text")).isEqualTo("my debts and bills");
        assertThat(request.get("about_category")).isEqualTo("advice");
        assertThat(request.get("best_time")).isEqualTo("AFTERNOON");
        assertThat(request.get("channel")).isEqualTo("SMS");
        assertThat(request.get("urgent")).isEqualTo(false);
        Map<String, Object> state = jdbc.queryForMap("select * from sms_conversation where phone = ?",
                resident.e164());
        assertThat(state.get("step")).isEqualTo("NONE");
        assertThat(state.get("first_name")).isNull();
        assertThat(state.get("about_text")).isNull();
        assertThat(state.get("best_time")).isNull();

        assertThat(only(send("YES"))).isNotEqualTo(booked);
        assertThat(callbacksOf(resident)).hasSize(1);
    }

    @Test
    void skippingTheNameGoesToTheDefaultHubAndBackGoesBack() {
        assertThat(only(send("CALL"))).isEqualTo(ReplyTexts.ASK_NAME);
        assertThat(only(send("skip"))).startsWith("Thanks. In a few words");
        assertThat(only(send("BACK"))).isEqualTo(ReplyTexts.ASK_NAME);
        assertThat(only(send("SKIP"))).startsWith("Thanks. In a few words");
        send("housing");
        send("4");
        assertThat(only(send("BACK"))).isEqualTo(ReplyTexts.ASK_TIME);
        send("1");
        String booked = only(send("YES"));

        Map<String, Object> request = callbacksOf(resident).get(0);
        assertThat(booked).startsWith("Thanks. Your reference is PLY-");
        assertThat(request.get("hub_id")).isEqualTo("central-library");
        assertThat(request.get("first_name")).isNull();
        assertThat(request.get("best_time")).isEqualTo("MORNING");
    }

    @Test
    void refusingConsentCreatesNothing() {
        send("call me");
        send("Jo");
        send("money");
        send("3");
        assertThat(only(send("maybe"))).isEqualTo(ReplyTexts.askConsentAgain(false));
        assertThat(only(send("NO"))).isEqualTo(ReplyTexts.DIALOGUE_STOPPED);
        assertThat(callbacksOf(resident)).isEmpty();
        assertThat(jdbc.queryForObject("select first_name from sms_conversation where phone = ?", String.class,
                resident.e164())).isNull();
        assertThat(only(send("YES"))).isNotEqualTo(ReplyTexts.OPTED_IN);
        assertThat(callbacksOf(resident)).isEmpty();
    }

    @Test
    void cancelInTheDialogueIsTheCarriersOptOutWord() {
        send("CALL");
        send("Sam");
        // the carrier takes CANCEL alone as an opt-out whatever we do: so it is one, and the reply says so plainly
        assertThat(only(send("CANCEL"))).startsWith("No call booked: we kept nothing.")
                .contains("You texted CANCEL, so we will send no more texts to this number", "text START");
        assertThat(optOuts.isOptedOut(resident)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from sms_conversation where phone = ?", Integer.class,
                resident.e164())).isZero();
    }

    @Test
    void aNumberFromAbroadIsToldWeRingOnlyUkNumbers() {
        PhoneNumber french = new PhoneNumber("+33612345678");
        send(french, "CALL");
        send(french, "Anne");
        send(french, "housing");
        send(french, "1");
        assertThat(only(send(french, "YES"))).startsWith(ReplyTexts.NON_UK_NUMBER).contains("01632 960100");
        assertThat(callbacksOf(french)).isEmpty();
        assertThat(jdbc.queryForObject("select first_name from sms_conversation where phone = ?", String.class,
                french.e164())).isNull();
    }

    // --- help, opt-out, opt-in -----------------------------------------------------------------------------

    @Test
    void helpSaysWhatToTextAndTheHubsPhoneAndHours() {
        String help = only(send("HELP"));
        assertThat(help).contains("CALL", "STOP", "01632 960100", "Central Library", "999");
        assertThat(only(send("info?"))).isEqualTo(help);
    }

    @Test
    void everyOptOutWordInAnyCaseIsConfirmedOnceThenSilence() {
        for (String word : List.of("STOP", "stop", " Stop. ", "STOPALL", "Unsubscribe", "cancel", "END!", "quit",
                "REVOKE", "optout", "Opt-Out")) {
            assertThat(only(send(word))).as(word).isEqualTo(ReplyTexts.OPTED_OUT);
            assertThat(optOuts.isOptedOut(resident)).as(word).isTrue();
            assertThat(send(word).messages()).as(word).isEmpty();
            assertThat(send("STOP").messages()).isEmpty();
            assertThat(send("food bank").messages()).isEmpty();
            assertThat(send("2").messages()).isEmpty();
            assertThat(only(send("START"))).isEqualTo(ReplyTexts.OPTED_IN);
            assertThat(optOuts.isOptedOut(resident)).isFalse();
        }
    }

    @Test
    void plainWordsOptOutToo() {
        assertThat(only(send("please stop texting me"))).isEqualTo(ReplyTexts.OPTED_OUT);
        assertThat(optOuts.isOptedOut(resident)).isTrue();
        assertThat(send("please stop texting me").messages()).isEmpty();
        assertThat(only(send("yes"))).isEqualTo(ReplyTexts.OPTED_IN);

        for (String words : List.of("don't text me any more", "Stop please", "take me off your list",
                "no more texts thanks")) {
            assertThat(only(send(words))).as(words).isEqualTo(ReplyTexts.OPTED_OUT);
            assertThat(only(send("UNSTOP"))).isEqualTo(ReplyTexts.OPTED_IN);
        }
        assertThat(only(send("help to stop smoking"))).doesNotContain("You will not get any more texts");
        assertThat(optOuts.isOptedOut(resident)).isFalse();
    }

    @Test
    void yesOptsInOnlyWhenOptedOutAndStartWhenNotSaysSo() {
        assertThat(only(send("YES"))).isNotEqualTo(ReplyTexts.OPTED_IN);
        assertThat(only(send("START"))).isEqualTo(ReplyTexts.ALREADY_IN);
    }

    // --- crisis ----------------------------------------------------------------------------------------------

    @Test
    void crisisComesFirstThenAnUrgentCallbackOnCall() {
        ConversationReply crisis = send("I don't want to be here anymore");
        assertThat(crisis.crisis()).isTrue();
        assertThat(crisis.messages()).containsExactly(lines.text(CrisisKind.SUICIDE, "en"), lines.offer("en"));
        assertThat(crisis.messages().get(0)).contains("116 123", "SHOUT", "85258", "111", "999");

        assertThat(only(send("CALL"))).isEqualTo(ReplyTexts.ASK_URGENT_CONSENT);
        String booked = only(send("yes"));

        List<Map<String, Object>> requests = callbacksOf(resident);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0)).containsEntry("urgent", true).containsEntry("crisis_kind", "suicide")
                .containsEntry("channel", "SMS").containsEntry("hub_id", "central-library");
        assertThat(booked).contains("as soon as we can", (String) requests.get(0).get("reference"));
        assertThat(jdbc.queryForList("select detail from callback_audit where request_id = ? and action ="
                + " 'MARKED_URGENT'", String.class, requests.get(0).get("id"))).singleElement().asString()
                .startsWith("urgent, crisis words: suicidal thoughts, due ").doesNotContain("here anymore");
    }

    @Test
    void crisisInTheMiddleOfTheDialogueMakesItUrgent() {
        send("CALL");
        send("Sam");
        ConversationReply crisis = send("he hits me");
        assertThat(crisis.crisis()).isTrue();
        assertThat(crisis.messages()).containsExactly(lines.text(CrisisKind.ABUSE, "en"),
                ReplyTexts.ASK_URGENT_CONSENT);
        send("YES");
        assertThat(callbacksOf(resident)).singleElement().satisfies(request -> assertThat(request)
                .containsEntry("urgent", true).containsEntry("crisis_kind", "abuse"));
    }

    @Test
    void anUrgentConversationSavedBeforeKindsWereKeptStillBooksAnUrgentCallback() {
        send("he hits me");
        jdbc.update("update sms_conversation set crisis_kind = null where phone = ?", resident.e164());
        send("CALL");
        send("YES");
        // other test classes share the database and may have used the same number for their own requests
        Map<String, Object> request = callbacksOf(resident).stream()
                .filter(r -> CallbackDialogue.URGENT_ABOUT.equals(r.get("about_text"))).findFirst().orElseThrow();
        assertThat(request).containsEntry("urgent", true).containsEntry("crisis_kind", null);
        assertThat(jdbc.queryForList("select detail from callback_audit where request_id = ? and action ="
                + " 'MARKED_URGENT'", String.class, request.get("id"))).singleElement().asString()
                .startsWith("urgent, crisis words, due ");
    }

    // --- privacy ---------------------------------------------------------------------------------------------

    @Test
    void logsHoldNeitherTheNumberNorWhatWasWritten(CapturedOutput output) {
        for (String body : List.of("food bank near PL5", "2", "CALL", "Samantha", "my rent arrears", "1", "YES",
                "I want to end my life", "please stop texting me")) {
            send(body);
        }
        assertThat(output.getAll()).contains(resident.masked())
                .doesNotContain(resident.e164(), resident.e164().substring(3), "Samantha", "rent arrears",
                        "food bank near", "end my life", "stop texting");
    }

    // --- anything at all -----------------------------------------------------------------------------------

    @Test
    void textsWeCannotUnderstandGetAKindReplyWithTheCommands() {
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(5);
        while (noise.length() < 1600) {
            noise.append((char) ('!' + random.nextInt(90)));
        }
        for (String body : List.of("", "   ", "\uD83D\uDE00\uD83D\uDC4D", noise.toString(),
                "\u0645\u0631\u062d\u0628\u0627 \u0623\u062d\u062a\u0627\u062c"
                        + " \u0645\u0633\u0627\u0639\u062f\u0629", "\u0000\u0007", "?!?!")) {
            String reply = only(send(body));
            assertThat(reply).as(body).isIn(ReplyTexts.NOT_UNDERSTOOD, ReplyTexts.NOTHING_FOUND);
            assertThat(reply).contains("CALL");
        }
    }

    // --- replies to a staff text ----------------------------------------------------------------------------

    /** Books a callback by text and has an admin text the resident from it; the request's id. */
    java.util.UUID bookedAndTextedByStaff() {
        send("CALL");
        send("Sam");
        send("rent arrears");
        send("1");
        send("YES");
        java.util.UUID id = (java.util.UUID) callbacksOf(resident).get(0).get("id");
        staffTexts.send(id, ADMIN, "We could not reach you. When is best to ring?");
        return id;
    }

    List<String> residentWords(java.util.UUID request) {
        return staffTexts.thread(request, ADMIN).stream().filter(ThreadText::fromResident).map(ThreadText::body)
                .toList();
    }

    @Test
    void aTextAfterAStaffTextGoesToThoseStaffWhateverItSays() {
        java.util.UUID request = bookedAndTextedByStaff();
        clock.advance(Duration.ofHours(3));

        assertThat(only(send("after 3pm, or call me on my other number"))).isEqualTo(ReplyTexts.PASSED_TO_STAFF);
        assertThat(only(send("2"))).isEqualTo(ReplyTexts.PASSED_TO_STAFF);
        assertThat(residentWords(request)).containsExactly("after 3pm, or call me on my other number", "2");
        assertThat(callbacksOf(resident)).as("no second request from 'call me'").hasSize(1);
    }

    @Test
    void findSearchesHelpHelpsAndStopStopsEvenInReplyToAStaffText() {
        java.util.UUID request = bookedAndTextedByStaff();

        assertThat(only(send("FIND food bank"))).startsWith("1 ").containsIgnoringCase("food");
        assertThat(only(send("HELP"))).startsWith("Plymouth Wellbeing Hubs.");
        assertThat(only(send("stop"))).isEqualTo(ReplyTexts.OPTED_OUT);
        assertThat(residentWords(request)).isEmpty();
    }

    @Test
    void aCrisisInReplyToAStaffTextGetsTheCrisisLinesAndReachesThoseStaffToo() {
        java.util.UUID request = bookedAndTextedByStaff();

        ConversationReply crisis = send("i cant go on, i want to end it all");
        assertThat(crisis.crisis()).isTrue();
        assertThat(crisis.messages().get(0)).isEqualTo(lines.text(CrisisKind.SUICIDE, "en"));
        assertThat(residentWords(request)).containsExactly("i cant go on, i want to end it all");
        assertThat(only(send("CALL"))).as("the crisis offer's CALL still books an urgent callback")
                .isEqualTo(ReplyTexts.ASK_URGENT_CONSENT);
    }

    @Test
    void aWeekAfterTheStaffTextWordsAreSearchedAgain() {
        java.util.UUID request = bookedAndTextedByStaff();
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertThat(only(send("help with debt"))).startsWith("1 ");
        assertThat(residentWords(request)).isEmpty();
    }
}
