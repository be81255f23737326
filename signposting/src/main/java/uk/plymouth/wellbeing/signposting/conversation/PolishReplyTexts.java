package uk.plymouth.wellbeing.signposting.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Our own texts in Polish, without Polish letters (see {@link PolishTexting}): each of {@link ReplyTexts}' and
 * {@link DialogueTexts}' whole texts, and the parts of the texts built around services (a list's heading and last
 * line, the details' sign-off, HELP, the number to ring). {@code PolishTextingTest} checks every whole text has its
 * Polish, and that each is GSM-7 in two segments.
 */
final class PolishReplyTexts {

    static final Map<String, String> WHOLE = Map.ofEntries(
            Map.entry(ReplyTexts.NOT_UNDERSTOOD, "Przepraszamy, nie rozumiemy. Napisz w kilku slowach, w czym"
                    + " potrzebujesz pomocy, np. bank zywnosci PL5 albo dlugi. ZADZWON - oddzwonimy, POMOC - wiecej."),
            Map.entry(ReplyTexts.GREETING, "Dzien dobry, tu Centra Dobrostanu w Plymouth. Napisz, w czym potrzebujesz"
                    + " pomocy, np. bank zywnosci PL5 albo dlugi. ZADZWON - oddzwonimy, ANKIETA - jak sie czujesz."),
            Map.entry(ReplyTexts.THANKS, "Nie ma za co. Napisz, kiedy tylko potrzebujesz pomocy, albo ZADZWON, a"
                    + " oddzwonimy. Zagrozenie? Dzwon 999."),
            Map.entry(ReplyTexts.NOTHING_FOUND, "Przepraszamy, nic nie znalezlismy. Sprobuj innych slow, np. bank"
                    + " zywnosci, dlugi albo samotnosc. Albo odpisz ZADZWON, a oddzwonimy."),
            Map.entry(ReplyTexts.EXPIRED, "Przepraszamy, Twoje ostatnie wyszukiwanie wygaslo. Napisz jeszcze raz, w"
                    + " czym potrzebujesz pomocy, np. bank zywnosci PL5. ZADZWON - oddzwonimy, POMOC - wiecej."),
            Map.entry(ReplyTexts.NO_SEARCH, "Najpierw napisz, w czym potrzebujesz pomocy, np. bank zywnosci PL5 albo"
                    + " dlugi. Potem odpisz numer, aby zobaczyc szczegoly. ZADZWON - oddzwonimy."),
            Map.entry(ReplyTexts.SOMETHING_ELSE, "Dobrze. W czym jeszcze mozemy pomoc? Napisz w kilku slowach, np."
                    + " bank zywnosci PL5 albo dlugi. ZADZWON - oddzwonimy."),
            Map.entry(ReplyTexts.ASK_WHICH_SERVICE, "O ktora usluge chodzi? Najpierw napisz, w czym potrzebujesz"
                    + " pomocy, np. bank zywnosci PL5, potem odpisz numer. ZADZWON - oddzwonimy."),
            Map.entry(ReplyTexts.NO_MORE, "To wszystko, co znalezlismy. Napisz inne slowa albo ZADZWON, a"
                    + " oddzwonimy."),
            Map.entry(ReplyTexts.ITEM_GONE, "Przepraszamy, tego juz nie ma na liscie. Napisz, w czym potrzebujesz"
                    + " pomocy, albo ZADZWON, a oddzwonimy."),
            Map.entry(ReplyTexts.OPTED_OUT, "Nie dostaniesz juz SMS-ow od Centrow Dobrostanu w Plymouth. Napisz"
                    + " START, aby znow je dostawac. Zagrozenie? Dzwon 999."),
            Map.entry(ReplyTexts.OPTED_IN, "Witamy ponownie. Znow bedziesz dostawac nasze odpowiedzi. Napisz, w"
                    + " czym potrzebujesz pomocy, albo POMOC."),
            Map.entry(ReplyTexts.ALREADY_IN, "Juz dostajesz nasze SMS-y. Napisz, w czym potrzebujesz pomocy, np."
                    + " bank zywnosci PL5, albo POMOC."),
            Map.entry(ReplyTexts.SURVEY_STOPPED, "Ankieta przerwana: nie zachowalismy zadnych odpowiedzi."),
            Map.entry(ReplyTexts.CALL_NOT_BOOKED, "Dobrze, nie umowilismy rozmowy i nie zachowalismy nic, co nam"
                    + " napisales. Napisz ZADZWON w kazdej chwili."),
            Map.entry(ReplyTexts.ALREADY_ARRANGING, "Juz umawiamy rozmowe z Toba."),
            Map.entry(ReplyTexts.ASK_NAME, "Mozemy do Ciebie oddzwonic. Jak masz na imie? Odpisz POMIN, jesli wolisz"
                    + " nie podawac. W kazdej chwili: WSTECZ cofa, NIE konczy pytania, STOP konczy wszystkie SMS-y."),
            Map.entry(ReplyTexts.ASK_NAME_AGAIN, "Odpisz tylko swoje imie albo POMIN. Odpisz NIE, aby przestac"
                    + " pytac."),
            Map.entry(ReplyTexts.ASK_TIME, "Kiedy najlepiej zadzwonic? Odpisz 1 rano, 2 po poludniu, 3 wieczorem"
                    + " albo 4 o kazdej porze. WSTECZ, aby sie cofnac, NIE, aby przestac."),
            Map.entry(ReplyTexts.ASK_TIME_AGAIN, "Odpisz 1, 2, 3 albo 4: 1 rano, 2 po poludniu, 3 wieczorem, 4 o"
                    + " kazdej porze. WSTECZ, aby sie cofnac, NIE, aby przestac."),
            Map.entry(ReplyTexts.ASK_URGENT_CONSENT, "Zadzwonimy jak najszybciej. Twoj numer zachowamy tylko po to,"
                    + " aby zadzwonic, potem go usuniemy. Odpisz TAK, jesli sie zgadzasz, albo NIE."),
            Map.entry(ReplyTexts.DIALOGUE_STOPPED, "Dobrze, nie zadzwonimy i nic nie zachowalismy. Napisz, w czym"
                    + " potrzebujesz pomocy, albo ZADZWON, a oddzwonimy."),
            Map.entry(ReplyTexts.PASSED_TO_STAFF, "Dziekujemy, przekazalismy Twoja wiadomosc pracownikom centrum,"
                    + " ktorzy do Ciebie pisali. Aby szukac pomocy, napisz SZUKAJ i czego potrzebujesz."
                    + " Zagrozenie? Dzwon 999."),
            Map.entry(ReplyTexts.NON_UK_NUMBER, "Przepraszamy, dzwonimy tylko na numery z Wielkiej Brytanii."),
            Map.entry(ReplyTexts.NOT_SAVED, "Przepraszamy, nie udalo sie zapisac Twojej prosby."),
            Map.entry(ReplyTexts.WRONG_WHICH, "Ktora pozycja jest bledna? Odpisz jej numer, aby zobaczyc szczegoly,"
                    + " potem napisz ZLE i co jest nie tak, np. ZLE jest zamkniete."),
            Map.entry(ReplyTexts.WRONG_HOW, "Aby zglosic blad, wyszukaj usluge i odpisz jej numer, potem napisz ZLE i"
                    + " co jest nie tak. Aby szukac, napisz czego potrzebujesz, np. bank zywnosci PL5."),
            Map.entry(DialogueTexts.CALL_LEFT, "Dobrze, przerwalismy pytania: nie umowilismy rozmowy i nic nie"
                    + " zachowalismy. Nadal dostaniesz nasze odpowiedzi. Napisz, czego potrzebujesz, albo ZADZWON."),
            Map.entry(DialogueTexts.SURVEY_LEFT, "Dobrze, ankieta przerwana: nie zachowalismy zadnych odpowiedzi."
                    + " Nadal dostaniesz nasze odpowiedzi. ANKIETA, aby zaczac od nowa."),
            Map.entry(DialogueTexts.OFFER_DECLINED, "Dobrze, nie zadzwonimy. Numery, ktore wyslalismy, sa zawsze"
                    + " aktualne. Napisz, czego potrzebujesz, albo ZADZWON, jesli zmienisz zdanie."
                    + " Zagrozenie? Dzwon 999."),
            Map.entry(DialogueTexts.ABOUT_AGAIN, "Napisz w kilku slowach, o czym chcesz porozmawiac, np. pieniadze"
                    + " albo mieszkanie. Odpisz POMIN, jesli wolisz nie mowic, albo NIE, aby przestac pytac."),
            Map.entry(DialogueTexts.RINGING_THIS, "Dobrze, zadzwonimy na numer, z ktorego piszesz."),
            Map.entry(DialogueTexts.CAN_RING, "Mozemy do Ciebie oddzwonic."),
            Map.entry(DialogueTexts.NO_OPEN_REQUEST, "Nie mamy otwartej prosby o telefon z tego numeru, wiec nie ma"
                    + " czego zmieniac. Napisz ZADZWON, jesli chcesz, zebysmy zadzwonili."),
            Map.entry(DialogueTexts.NOT_YOURS, "Nie znalezlismy tego numeru referencyjnego wsrod otwartych prosb z"
                    + " tego numeru. Sprawdz go albo napisz CANCEL MY CALLBACK, aby anulowac ostatnia."),
            Map.entry(DialogueTexts.ALREADY_CLOSED, "Ta prosba o telefon jest juz zamknieta, wiec nie ma czego"
                    + " zmieniac. Napisz ZADZWON, jesli chcesz, zebysmy zadzwonili."),
            Map.entry(ReplyTexts.SOMETHING_WRONG, "Przepraszamy, cos poszlo nie tak po naszej stronie. Sprobuj"
                    + " ponownie albo napisz POMOC. Zagrozenie? Dzwon 999."));

    /** Parts of texts built around services, in the order they are replaced. */
    static final Map<Pattern, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put(Pattern.compile("^Plymouth Wellbeing Hubs\\. Text what you need, e\\.g\\. food bank PL5, then a"
                + " number for details\\. WRONG if they are wrong\\. CALL for a callback\\. SURVEY to say how you"
                + " are\\. STOP to end texts\\."), "Centra Dobrostanu w Plymouth. Napisz, czego potrzebujesz, np. bank"
                + " zywnosci PL5, potem numer. ZLE - blad. ZADZWON - oddzwonimy. ANKIETA - jak sie czujesz."
                + " STOP - koniec SMS-ow.");
        PARTS.put(Pattern.compile("^Nearest to (.+) first:", Pattern.MULTILINE), "Najblizej $1:");
        PARTS.put(Pattern.compile("^(.+) is outside Plymouth\\. Nearest first:", Pattern.MULTILINE),
                "$1 jest poza Plymouth. Najblizsze:");
        PARTS.put(Pattern.compile("^We do not know (.+), so all hubs:", Pattern.MULTILINE),
                "Nie znamy miejsca $1, wiec wszystkie centra:");
        PARTS.put(Pattern.compile("^The best match for each thing you asked:", Pattern.MULTILINE),
                "Najlepsze dla kazdej z Twoich potrzeb:");
        PARTS.put(Pattern.compile("Reply (1(?:-\\d+)?) for details, "), "Odpisz $1 - szczegoly, ");
        PARTS.put(Pattern.compile("MORE for more, "), "WIECEJ - wiecej, ");
        PARTS.put(Pattern.compile("or text one need for more\\. "), "albo napisz jedna potrzebe. ");
        PARTS.put(Pattern.compile("CALL for a callback\\."), "ZADZWON - oddzwonimy.");
        PARTS.put(Pattern.compile("From Plymouth Wellbeing Hubs"), "Centra Dobrostanu w Plymouth");
        PARTS.put(Pattern.compile("Shall we ring ([0-9 +]+)\\? Reply YES or NO\\."),
                "Czy mamy dzwonic pod $1? Odpisz TAK albo NIE.");
        PARTS.put(Pattern.compile("^OK, we will ring ([0-9 +]+)\\.$"), "Dobrze, zadzwonimy pod $1.");
        PARTS.put(Pattern.compile("^Done: we have cancelled your callback request (PLY-\\w+)\\. .*$"),
                "Gotowe: anulowalismy prosbe o telefon $1. Nikt nie zadzwoni w tej sprawie. ZADZWON w kazdej chwili.");
        PARTS.put(Pattern.compile("^When would be better for (PLY-\\w+)\\? Reply 1 morning, 2 afternoon, 3 evening"
                + " or 4 any time\\.$"), "Kiedy lepiej zadzwonic w sprawie $1? Odpisz 1 rano, 2 po poludniu,"
                + " 3 wieczorem albo 4 o kazdej porze.");
        PARTS.put(Pattern.compile("In danger\\? Call 999\\."), "Zagrozenie? Dzwon 999.");
        PARTS.put(Pattern.compile("^Please reply a number from 1 to (\\d+) for details, MORE for more, or text a new"
                + " search\\."), "Odpisz numer od 1 do $1, aby zobaczyc szczegoly, WIECEJ - wiecej, albo napisz"
                + " nowe wyszukiwanie.");
        PARTS.put(Pattern.compile("^Which one do you mean\\? Reply (.+) for its details, then ask\\."),
                "O ktora chodzi? Odpisz $1, aby zobaczyc szczegoly, potem zapytaj.");
    }

    private PolishReplyTexts() {}
}
