package uk.plymouth.wellbeing.openreferral;

import java.util.Arrays;
import java.util.List;
import uk.plymouth.wellbeing.signposting.catalogue.Category;
import uk.plymouth.wellbeing.signposting.catalogue.DirectoryItem;

/** Our fixed categories as one Open Referral taxonomy, its terms, and the attribute tying an item to its term. */
final class Categories {

    static final String NAME = "Plymouth Wellbeing Hubs categories";
    private static final String DESCRIPTION = "The categories every Plymouth Wellbeing Hub files its services and"
            + " activities under. Each service or activity has exactly one.";
    private static final String VERSION = "1";

    private Categories() {}

    static OrukTaxonomy taxonomy() {
        return new OrukTaxonomy(OpenReferralIds.taxonomy(), NAME, DESCRIPTION, VERSION, terms());
    }

    static List<OrukTaxonomyTerm> terms() {
        return Arrays.stream(Category.values()).map(Categories::term).toList();
    }

    /** Category carries a label but no description of its own; the label stands in for both. */
    static OrukTaxonomyTerm term(Category category) {
        return new OrukTaxonomyTerm(OpenReferralIds.taxonomyTerm(category.id()), category.id(), category.label(),
                category.label(), NAME, OpenReferralIds.taxonomy(), category.label());
    }

    static OrukAttribute attribute(DirectoryItem item) {
        Category category = item.category();
        return new OrukAttribute(OpenReferralIds.attribute(item, category.id()), OpenReferralIds.service(item),
                "category", "service", OpenReferralIds.taxonomyTerm(category.id()), term(category));
    }
}
