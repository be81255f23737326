package uk.plymouth.wellbeing.sms;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A JSON endpoint like the open data API's, to check how it answers browsers. */
@RestController
class JsonTestController {

    record Hub(String name) {}

    @GetMapping("/test/json")
    Hub hub() {
        return new Hub("four-greens");
    }
}
