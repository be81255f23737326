package uk.plymouth.wellbeing.signposting.messaging;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.plymouth.wellbeing.signposting.catalogue.Catalogue;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/**
 * "Text me the details": the kiosk's one call to send a service's or activity's details to the number a resident
 * typed. The text goes through the {@link Outbox}, which makes the first attempt straight away (the resident is
 * standing there) and retries if the carrier is having a bad moment. The number is logged nowhere; the outbox keeps it
 * with the text.
 */
@Service
public class TextDetailsToPhone {

    private static final Logger log = LoggerFactory.getLogger(TextDetailsToPhone.class);

    private final Catalogue catalogue;
    private final ItemDetailsText details;
    private final Outbox outbox;

    public TextDetailsToPhone(Catalogue catalogue, ItemDetailsText details, Outbox outbox) {
        this.catalogue = catalogue;
        this.details = details;
        this.outbox = outbox;
    }

    /**
     * Texts the details of the item to the typed mobile number: queues the text and makes the first attempt at once.
     *
     * @param hubId the hub the resident is looking from, so the text names that hub when the item is offered there
     * @throws InvalidPhoneNumberException when the number will not do; its message tells the resident why
     * @throws IllegalArgumentException when there is no item with that id
     */
    @Transactional
    public TextSent send(String itemId, @Nullable String hubId, String typedNumber) {
        DirectoryItem item = catalogue.item(itemId)
                .orElseThrow(() -> new IllegalArgumentException("No service or activity with id " + itemId));
        PhoneNumber to = PhoneNumber.parseUkMobile(typedNumber);
        String body = details.detailsFor(item, hubId);
        UUID id = outbox.enqueue(new OutgoingText(to, body, TextPurpose.DETAILS_TO_PHONE, null));
        outbox.sendAsSoonAsCommitted(id);
        int segments = SmsText.segments(body);
        log.info("Queued a listing's details ({} segments) as text {}", segments, id);
        return new TextSent(to.masked(), segments);
    }
}
