package uk.plymouth.wellbeing.kiosk;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Start again": forgets everything about the last resident by ending their server session, then opens a fresh
 * home screen for this kiosk's hub. The hub is remembered in a cookie that holds nothing personal, so a device set
 * up with {@code /?hub=four-greens} stays at Four Greens through every reset and server restart. A staff screen
 * sent here (its session expired) goes back to the staff side instead.
 */
@Controller
class StartAgainController {

    static final String PATH = "/start-again";
    static final String HUB_COOKIE = "kiosk-hub";

    private final KioskHubs hubs;

    StartAgainController(KioskHubs hubs) {
        this.hubs = hubs;
    }

    @GetMapping(PATH)
    String startAgain(@RequestParam(name = "hub", required = false) @Nullable String hub, HttpServletRequest request,
            HttpServletResponse response) {
        if (cameFromStaffScreen(request)) {
            // a staff screen whose session ended (or that hit an error) goes back to the staff side, not the kiosk
            response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
            return "redirect:/staff";
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String hubId = hubs.resolve(hub != null ? hub : cookie(request));
        Cookie remembered = new Cookie(HUB_COOKIE, hubId);
        remembered.setPath("/");
        remembered.setHttpOnly(true);
        remembered.setMaxAge((int) Duration.ofDays(365).toSeconds());
        response.addCookie(remembered);
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        return "redirect:/?hub=" + hubId;
    }

    private static boolean cameFromStaffScreen(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return false;
        }
        try {
            String path = java.net.URI.create(referer).getPath();
            return path != null && (path.equals("/staff") || path.startsWith("/staff/"));
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (HUB_COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
