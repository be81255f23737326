package uk.plymouth.wellbeing.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a mistyped or out-of-date kiosk address shows (with status 404): a plain "we can't find that page" and one
 * big "Back to the start", in the kiosk's frame, so the idle reset still brings the screen home by itself. (Staff
 * addresses never get here without a login; a logged-in member of staff who mistypes one is offered the staff
 * screens instead.)
 */
@ParentLayout(KioskLayout.class)
@AnonymousAllowed
class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    final Button back = new Button();
    private String title = "";
    /** A logged-in member of staff mistyped a staff address: back to the staff screens, not the kiosk. */
    private boolean staffAddress;

    PageNotFoundView() {
        addClassName("kiosk-not-found");
        back.setIcon(VaadinIcon.HOME.create());
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        back.addClassName("kiosk-not-found-back");
        back.addClickListener(e -> {
            if (staffAddress) {
                UI.getCurrent().getPage().setLocation("/staff");
            } else {
                UI.getCurrent().getPage().executeJs("window.kioskStartAgain()");
            }
        });
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        staffAddress = "staff".equals(event.getLocation().getFirstSegment());
        title = getTranslation("kiosk.notFound.title");
        back.setText(getTranslation(staffAddress ? "kiosk.notFound.staff" : "kiosk.notFound.back"));
        add(new H1(title), new Paragraph(getTranslation("kiosk.notFound.help")), back);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return title + " - " + getTranslation("kiosk.title");
    }
}
