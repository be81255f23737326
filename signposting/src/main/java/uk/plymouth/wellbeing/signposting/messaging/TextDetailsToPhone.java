package uk.plymouth.wellbeing.signposting.messaging;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * "Text me the details": the kiosk's one call to send a service's or activity's details to the number a resident
 * typed. The number is kept nowhere and logged nowhere; only the message handed to the {@link SmsSender} holds it.
 */
@Service
public class TextDetailsToPhone {

    private static final Logger log = LoggerFactory.getLogger(TextDetailsToPhone.class);

    private final Catalogue catalogue;
    private final ItemDetailsText details;
    private final SmsSender sender;

    public TextDetailsToPhone(Catalogue catalogue, ItemDetailsText details, SmsSender sender) {
        this.catalogue = catalogue;
        this.details = details;
        this.sender = sender;
    }

    /**
     * Texts the details of the item to the typed mobile number.
     *
     * @param hubId the hub the resident is looking from, so the text names that hub when the item is offered there
     * @throws InvalidPhoneNumberException when the number will not do; its message tells the resident why
     * @throws IllegalArgumentException when there is no item with that id
     */
    public TextSent send(String itemId, @Nullable String hubId, String typedNumber) {
        DirectoryItem item = catalogue.item(itemId)
                .orElseThrow(() -> new IllegalArgumentException("No service or activity with id " + itemId));
        PhoneNumber to = PhoneNumber.parseUkMobile(typedNumber);
        TextMessage message = new TextMessage(to, details.detailsFor(item, hubId));
        sender.send(message);
        log.info("Texted the details of {} ({} segments)", itemId, message.segments());
        return new TextSent(to.masked(), message.segments());
    }
}
