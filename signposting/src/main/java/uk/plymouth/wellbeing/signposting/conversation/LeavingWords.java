package uk.plymouth.wellbeing.signposting.conversation;

import java.util.regex.Pattern;

/**
 * Plain words for leaving a dialogue (the callback questions, a survey, the crisis offer) without opting out of texts:
 * "stop this", "i want to stop", "never mind", "forget it", "cancel that", "don't want to do this". A need that
 * happens to start the same way ("stop smoking", "I want to stop drinking", "cancel my gym") is not leaving, nor is a
 * name ("Stopher"). A bare carrier keyword (STOP, CANCEL, QUIT...) never reaches here: it is an opt-out
 * ({@link OptOutReplies}).
 */
final class LeavingWords {

    private static final String POLITE = "( (please|pls|plz|thanks|thank you|thx|ta|now|x|xx|then|mate))*";
    private static final String THIS = "( (this|it|that|these|them|all this|now|the survey|this survey|the questions?"
            + "|these questions|the questionnaire|the call|the callback|the call back|my callback|my call back|my call"
            + "|the booking|the request|my request|questions|asking|asking me|answering))?";
    private static final Pattern LEAVING = Pattern.compile("^(please |pls |ok |okay |oh |actually |sorry |no |nah |"
            + "um |erm |hmm |just |can you |could you )*(" + String.join("|",
                    "(stop|cancel|end|quit|exit|leave|abandon|scrap|forget)" + THIS,
                    "(i )?(want to|wanna|would like to|d like to|need to|wish to) (stop|quit|end|leave|cancel|give up"
                            + "|get out|go)"
                            + THIS,
                    "(can|could|may) (i|we) (stop|quit|end|leave|cancel)" + THIS,
                    "(i )?(dont|do not|didnt|did not) (want|wanna|wish) to( (do|carry on|continue|answer|finish|go on"
                            + "|do it|be asked))?( (this|it|that|the survey|this survey|any more questions|these"
                            + " questions|questions))?( any ?more| now| after all)?",
                    "(i )?(dont|do not) want (this|that|a call|a callback|a call back|the call|to be called|a survey)"
                            + "( any ?more| now| after all)?",
                    "(i )?(dont|do not) need (a call|a callback|a call back|the call|this)"
                            + "( any ?more| now| after all)?",
                    "never ?mind", "nvm", "forget (it|that|about it|i asked)", "leave it( there)?", "not now",
                    "maybe later", "another time", "(i |ive |i have )?changed my mind", "no more questions",
                    "stop asking( me)?( questions| things)?", "enough( questions)?", "no longer( needed)?",
                    "(i )?(m|am) done", "(i )?(m|am) not doing this", "not interested")
            + ")" + POLITE + "$");

    private LeavingWords() {}

    /** Whether the text says, in plain words, to leave the dialogue it answers. */
    static boolean leaves(String text) {
        if (text.length() > 80) {
            return false;
        }
        return LEAVING.matcher(Keywords.tidy(text)).matches();
    }
}
