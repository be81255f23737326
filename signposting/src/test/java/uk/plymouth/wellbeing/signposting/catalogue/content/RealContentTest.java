package uk.plymouth.wellbeing.signposting.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;
import uk.plymouth.wellbeing.signposting.catalogue.Hub;

/**
 * The content that ships (or, with {@code -Dcontent.location=file:/path/to/content/}, any content folder) is
 * valid and covers what residents need: every category at every hub, food everywhere, a sports hub.
 */
class RealContentTest {

    private final ContentSet content = new ContentReader().read(
            System.getProperty("content.location", "classpath:content/"), LocalDate.now(ZoneId.of("Europe/London")));

    @Test
    void isValidAndBigEnoughToBeUseful() {
        assertThat(content.hubs()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(content.services()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(content.activities()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(content.hubs()).filteredOn(Hub::sportsHub).hasSize(1);
    }

    @Test
    void everyHubOffersEveryCategoryIncludingFood() {
        for (Hub hub : content.hubs()) {
            Set<Category> offered = java.util.stream.Stream.concat(content.services().stream(),
                            content.activities().stream())
                    .filter(item -> item.hubIds().contains(hub.id()))
                    .map(DirectoryItem::category)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
            assertThat(offered).as(hub.id()).contains(Category.FOOD);
            assertThat(offered).as(hub.id()).hasSizeGreaterThanOrEqualTo(hub.sportsHub() ? 5 : 7);
        }
    }

    @Test
    void everyHubHasWeeklyActivities() {
        for (Hub hub : content.hubs()) {
            assertThat(content.activities()).as(hub.id()).anyMatch(a -> a.hubId().equals(hub.id()));
        }
    }
}
