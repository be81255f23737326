package uk.plymouth.wellbeing.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kiosk session load generator (a benchmark, not a test). Opens N real kiosk sessions against a running app the way
 * the browser does, speaking Vaadin Flow's own protocol over the JDK HttpClient: {@code GET /?hub=...}, the
 * {@code ?v-r=init} bootstrap, the push WebSocket, then UIDL POSTs with the CSRF token, syncId and clientId:
 * navigating to Home, typing into the search box (suggestions as you type), tapping a category tile (Results) and
 * going back; each session also sends Vaadin's heartbeat at the app's interval. Measures the app's heap after a
 * full GC before and after (with {@code jcmd}, from outside), the heap per session, the round trips of every
 * interaction while all sessions are open, and the app's CPU use.
 *
 * <p>Needs only the JDK, so it runs as a single source file:
 * <pre>
 * java kiosk-ui/src/test/java/uk/plymouth/wellbeing/loadtest/KioskSessionLoad.java \
 *     --url http://localhost:8080 --sessions 100 --pid &lt;the app's pid&gt;
 * </pre>
 * Options: {@code --url}, {@code --sessions} (100), {@code --rounds} of interactions per session (3),
 * {@code --think-ms} mean pause between a session's actions (1500), {@code --pid} of the app (found with
 * {@code jcmd -l} if left out; without it no heap figures), {@code --no-push} (no WebSocket per session),
 * {@code --hold} seconds to keep the sessions open and idle afterwards (0), {@code --warmup} rounds for each
 * of 4 warm-up sessions, ended before measuring (150).
 */
public final class KioskSessionLoad {

    private static final String[] HUBS = {"central-library", "jan-cutting", "central-park", "mannamead", "nomony",
        "four-greens", "southway", "rees-centre", "plymstock"};
    private static final String[] PREFIXES = {"fo", "foo", "de", "deb", "be", "ben", "me", "men", "ho", "hou", "wa",
        "wal", "sp", "spo", "mo", "mon", "ca", "car", "lu", "lun", "gr", "gro", "yo", "yog", "ex", "exe"};
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":167,\"event.clientY\":341,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":438,\"event.screenX\":177}";

    private final URI base;
    private final int sessions;
    private final int rounds;
    private final int thinkMs;
    private final boolean push;
    private final int holdSeconds;
    private final int warmupRounds;
    private final Long pid;
    private final HttpClient http;
    private final Map<String, List<Double>> timings = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<String> failureSamples = new CopyOnWriteArrayList<>();
    private final AtomicInteger pushMessages = new AtomicInteger();
    private final AtomicInteger pushClosed = new AtomicInteger();
    private final AtomicInteger heartbeats = new AtomicInteger();
    private final java.util.concurrent.ScheduledExecutorService beats =
            Executors.newScheduledThreadPool(2, daemon("heartbeat"));
    private final Map<String, Integer> pushCloseReasons = new ConcurrentHashMap<>();

    private KioskSessionLoad(Map<String, String> options) {
        String url = options.getOrDefault("url", "http://localhost:8080");
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.sessions = Integer.parseInt(options.getOrDefault("sessions", "100"));
        this.rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        this.thinkMs = Integer.parseInt(options.getOrDefault("think-ms", "1500"));
        this.push = !options.containsKey("no-push");
        this.holdSeconds = Integer.parseInt(options.getOrDefault("hold", "0"));
        this.warmupRounds = Integer.parseInt(options.getOrDefault("warmup", "150"));
        this.pid = options.containsKey("pid") ? Long.valueOf(options.get("pid")) : findPid();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(8, daemon("http"))).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (key.equals("no-push")) {
                options.put(key, "true");
            } else if (i + 1 < args.length) {
                options.put(key, args[++i]);
            }
        }
        new KioskSessionLoad(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Kiosk session load: %d sessions against %s, push %s, %d rounds each, "
                + "think time ~%d ms; app pid %s; load average %s%n", sessions, base, push ? "on" : "off", rounds,
                thinkMs, pid == null ? "unknown (no heap figures)" : pid, loadAverage());

        // Warm-up: a few sessions through every step, then ended, so that class loading, the JIT and caches are
        // neither counted as session memory nor slow the measured round trips (a kiosk server runs for days)
        ExecutorService warmPool = Executors.newFixedThreadPool(4, daemon("warm-up"));
        List<Future<?>> warming = new ArrayList<>();
        long warmStart = System.nanoTime();
        for (int w = 0; w < 4; w++) {
            Kiosk warm = new Kiosk(1000 + w);
            warm.quiet = true;
            warming.add(warmPool.submit(() -> {
                warm.open();
                for (int r = 0; r < warmupRounds; r++) {
                    String prefix = PREFIXES[r % PREFIXES.length];
                    warm.typeOnly(prefix);
                    warm.clickTile(r);
                    warm.home();
                }
                warm.startAgain();
                return null;
            }));
        }
        waitAll(warming);
        warmPool.shutdown();
        Thread.sleep(1000); // the warm-up sessions' push connections close when they start again: not counted
        pushClosed.set(0);
        pushCloseReasons.clear();
        pushMessages.set(0);
        System.out.printf(Locale.ROOT, "Warmed up with 4 sessions x %d rounds in %.1f s%n", warmupRounds,
                (System.nanoTime() - warmStart) / 1e9);
        timings.clear();
        failures.set(0);
        failureSamples.clear();

        Heap before = heap("before");
        long cpuBefore = cpuTicks();
        long wallBefore = System.nanoTime();

        // Open all sessions, a few at a time as kiosks would come on
        List<Kiosk> kiosks = new ArrayList<>();
        for (int i = 1; i <= sessions; i++) {
            kiosks.add(new Kiosk(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions, daemon("kiosk"));
        long openStart = System.nanoTime();
        List<Future<?>> opened = new ArrayList<>();
        for (Kiosk kiosk : kiosks) {
            opened.add(pool.submit(() -> {
                kiosk.open();
                return null;
            }));
            Thread.sleep(10);
        }
        waitAll(opened);
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        long open = kiosks.stream().filter(k -> k.searchField > 0).count();
        System.out.printf(Locale.ROOT, "Opened %d of %d sessions in %.1f s (Home rendered, push %s)%n", open, sessions,
                openSeconds, push ? kiosks.stream().filter(k -> k.socket != null).count() + " connected" : "off");
        Heap homes = heap("after opening, every session on Home");

        // Everyone uses their kiosk at once: type, type more, tap a tile, go back; pauses in between
        timings.keySet().removeIf(k -> !k.equals("open session (init + Home)"));
        long cpuUseStart = cpuTicks();
        long useStart = System.nanoTime();
        List<Future<?>> used = new ArrayList<>();
        for (Kiosk kiosk : kiosks) {
            used.add(pool.submit(() -> {
                kiosk.use(rounds);
                return null;
            }));
        }
        waitAll(used);
        double useSeconds = (System.nanoTime() - useStart) / 1e9;
        long cpuUse = cpuTicks() - cpuUseStart;

        // Burst: every session sends a search update at the same instant (worst case)
        CyclicBarrier barrier = new CyclicBarrier(kiosks.size());
        List<Future<?>> burst = new ArrayList<>();
        for (Kiosk kiosk : kiosks) {
            burst.add(pool.submit(() -> {
                kiosk.quiet = true;
                kiosk.home();
                kiosk.quiet = false;
                barrier.await(60, TimeUnit.SECONDS);
                kiosk.timed("burst: search update, all " + sessions + " at once", () -> kiosk.typeOnly("lun"));
                kiosk.quiet = true;
                kiosk.clickTile(kiosk.id);
                return null;
            }));
        }
        waitAll(burst);

        Heap after = heap("after interactions, every session on Results");
        if (holdSeconds > 0) {
            System.out.println("Holding " + sessions + " idle sessions for " + holdSeconds + " s (heartbeats every "
                    + kiosks.get(0).heartbeatSeconds + " s, push connections open)...");
            long holdCpu = cpuTicks();
            long holdStart = System.nanoTime();
            Thread.sleep(TimeUnit.SECONDS.toMillis(holdSeconds));
            System.out.printf(Locale.ROOT, "Held: %d failures, %d push connections closed, app CPU %.3f of 2 cores%n",
                    failures.get(), pushClosed.get(), (cpuTicks() - holdCpu) / 100.0
                            / ((System.nanoTime() - holdStart) / 1e9));
        }

        int closedWhileOpen = pushClosed.get();
        Map<String, Integer> closeReasons = new HashMap<>(pushCloseReasons);
        int failedWhileOpen = failures.get();

        // Every kiosk presses "Start again" (ends its server session); connections stay as they were
        List<Future<?>> reset = new ArrayList<>();
        for (Kiosk kiosk : kiosks) {
            reset.add(pool.submit(() -> {
                kiosk.startAgain();
                return null;
            }));
        }
        waitAll(reset);
        Heap ended = heap("after Start again on every kiosk (sessions ended)");
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        long cpuAll = cpuTicks() - cpuBefore;

        System.out.println();
        System.out.println("Round trips with " + sessions + " sessions open (client side: request sent -> response "
                + "read; the server's work plus localhost):");
        for (Map.Entry<String, List<Double>> e : new java.util.TreeMap<>(timings).entrySet()) {
            System.out.println("  " + e.getKey() + ": " + stats(e.getValue()));
        }
        int interactions = timings.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("open") && !e.getKey().startsWith("burst"))
                .mapToInt(e -> e.getValue().size()).sum();
        System.out.printf(Locale.ROOT, "  %d interactions in %.1f s of use (%.0f/s), then the burst%n", interactions,
                useSeconds, interactions / useSeconds);
        if (cpuUse >= 0) {
            System.out.printf(Locale.ROOT, "App CPU while %d residents typed and tapped: %.2f of 2 cores on average "
                    + "(%.2f over the whole run); %.1f ms of app CPU per interaction%n", sessions,
                    cpuUse / 100.0 / useSeconds, cpuAll / 100.0 / wall, cpuUse * 10.0 / interactions);
        }
        double ownCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        System.out.printf(Locale.ROOT, "This load generator used %.1f s of CPU on the same machine; load average now "
                + "%s%n", ownCpu, loadAverage());
        System.out.printf(Locale.ROOT, "Heartbeats sent: %d (every %d s per session)%n", heartbeats.get(),
                kiosks.get(0).heartbeatSeconds);
        System.out.printf(Locale.ROOT, "Failures while open: %d%s; push messages received: %d; push connections "
                + "closed while open: %d, after Start again: %d of %d%n", failedWhileOpen, failureSamples.isEmpty() ? ""
                : " e.g. " + failureSamples.subList(0, Math.min(3, failureSamples.size())), pushMessages.get(),
                closedWhileOpen, pushClosed.get() - closedWhileOpen, push ? sessions : 0);
        if (!closeReasons.isEmpty()) {
            System.out.println("Push connections lost while open: " + closeReasons);
        }
        if (before != null && homes != null && after != null && ended != null) {
            System.out.println();
            System.out.println("Heap used after a full GC (jcmd GC.class_histogram total / GC.heap_info used):");
            for (Heap h : List.of(before, homes, after, ended)) {
                System.out.printf(Locale.ROOT, "  %-48s %8.1f MB live / %8.1f MB used%n", h.label, h.live / 1048576.0,
                        h.used / 1048576.0);
            }
            System.out.printf(Locale.ROOT, "Per session, on Home:    %.0f KB (live objects), %.0f KB (heap used)%n",
                    (homes.live - before.live) / 1024.0 / sessions, (homes.used - before.used) / 1024.0 / sessions);
            System.out.printf(Locale.ROOT, "Per session, on Results: %.0f KB (live objects), %.0f KB (heap used)"
                    + "   target < 1024 KB%n", (after.live - before.live) / 1024.0 / sessions,
                    (after.used - before.used) / 1024.0 / sessions);
            System.out.printf(Locale.ROOT, "Per session, state alone (freed by Start again): %.0f KB live, %.0f KB"
                    + " used; the rest is Tomcat's connection buffers and caches, which stay%n",
                    (after.live - ended.live) / 1024.0 / sessions, (after.used - ended.used) / 1024.0 / sessions);
            growth("Session state by class (on Results minus after Start again), bytes per session:", ended, after);
            growth("What stays after Start again (after Start again minus before), bytes per session:", before, ended);
        }
        pool.shutdownNow();
    }

    private void growth(String title, Heap from, Heap to) {
        System.out.println(title);
        Map<String, Long> grown = new HashMap<>();
        to.byClass.forEach((cls, bytes) -> grown.put(cls, bytes - from.byClass.getOrDefault(cls, 0L)));
        grown.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(10)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %9d  %s%n", e.getValue() / sessions, e.getKey()));
    }

    /** One kiosk: one HTTP session, one UI, its push connection and what it knows of the UI's node tree. */
    private final class Kiosk {
        final int id;
        final String hub;
        final Random random;
        volatile String cookie = "";
        int heartbeatSeconds = 300;
        java.util.concurrent.ScheduledFuture<?> beat;
        int uiId;
        String csrf;
        int syncId;
        int clientId;
        int searchField = -1;
        final Map<Integer, String> tags = new HashMap<>();
        final Map<Integer, List<String>> classes = new HashMap<>();
        WebSocket socket;
        final Object sending = new Object();
        volatile boolean quiet;
        final List<String> replies = new ArrayList<>();

        Kiosk(int id) {
            this.id = id;
            this.hub = HUBS[id % HUBS.length];
            this.random = new Random(id);
        }

        void open() {
            try {
                timed("open session (init + Home)", () -> {
                    send(HttpRequest.newBuilder(base.resolve("?hub=" + hub)).GET());
                    String init = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=&query="
                            + URLEncoder.encode("hub=" + hub, StandardCharsets.UTF_8))).GET()
                            .header("Accept", "application/json"));
                    Map<String, Object> appConfig = map(map(Json.parse(init)).get("appConfig"));
                    uiId = ((Number) appConfig.get("v-uiId")).intValue();
                    if (appConfig.get("heartbeatInterval") instanceof Number n && n.intValue() > 0) {
                        heartbeatSeconds = n.intValue();
                    }
                    Map<String, Object> uidl = map(appConfig.get("uidl"));
                    csrf = (String) uidl.get("Vaadin-Security-Key");
                    apply(uidl);
                    if (push) {
                        connectPush((String) uidl.get("Vaadin-Push-ID"));
                    }
                    navigate("/", "");
                });
                // As the browser does: a heartbeat every vaadin.heartbeatInterval while the page is open
                beat = beats.scheduleAtFixedRate(this::heartbeat, random.nextInt(heartbeatSeconds * 1000),
                        heartbeatSeconds * 1000L, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                fail("open", e);
            }
        }

        /** Each round: type a start, type more, tap a category, go back to Home; with pauses like a person's. */
        void use(int rounds) {
            try {
                for (int r = 0; r < rounds; r++) {
                    int p = (id * 2 + r * 2) % PREFIXES.length & ~1;
                    pause();
                    timed("search update (suggestions as you type)", () -> typeOnly(PREFIXES[p]));
                    pause();
                    timed("search update (suggestions as you type)", () -> typeOnly(PREFIXES[p + 1]));
                    pause();
                    clickTile(id + r);
                    pause();
                    home();
                }
            } catch (Exception e) {
                fail("use", e);
            }
        }

        /** What the search box sends 150 ms after the last key: the value and the lazy "input" event. */
        void typeOnly(String text) throws Exception {
            if (searchField < 0) {
                throw new IllegalStateException("no search field on screen");
            }
            String rpc = ("{\"type\":\"mSync\",\"node\":" + searchField + ",\"feature\":1,\"property\":\"value\","
                    + "\"value\":" + Json.quote(text) + "},{\"type\":\"event\",\"node\":" + searchField
                    + ",\"event\":\"input\",\"data\":{\"1\":1,\"for\":\"trailing\"}}");
            String response = post(rpc);
            if (!response.contains("vaadin-button") && !response.contains("\"clear\"")) {
                throw new IllegalStateException("no suggestions in the answer to '" + text + "'");
            }
        }

        void clickTile(int which) throws Exception {
            List<Integer> tiles = nodesWithClass("kiosk-tile");
            if (tiles.isEmpty()) {
                throw new IllegalStateException("no category tiles on screen");
            }
            int tile = tiles.get(Math.floorMod(which, tiles.size()));
            timed("tap a category tile (-> Results)", () -> post(("{\"type\":\"event\",\"node\":" + tile
                    + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}")));
        }

        void home() throws Exception {
            timed("back to Home (history navigation)", () -> navigate("", "history"));
        }

        void navigate(String route, String trigger) throws Exception {
            post(("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + Json.quote(route)
                    + ",\"query\":" + Json.quote("hub=" + hub) + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":" + Json.quote(trigger) + "}}"));
            if (searchField < 0) {
                throw new IllegalStateException("Home has no search field");
            }
        }

        /** The kiosk's "Start again" ends the server session (the browser would then load a fresh Home). */
        void startAgain() {
            if (beat != null) {
                beat.cancel(false);
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("start-again?hub=" + hub)).GET();
                request.header("Cookie", cookie);
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 302) {
                    throw new IllegalStateException("start-again answered " + response.statusCode());
                }
            } catch (Exception e) {
                fail("start again", e);
            }
        }

        void heartbeat() {
            try {
                send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                        .POST(HttpRequest.BodyPublishers.noBody()));
                heartbeats.incrementAndGet();
            } catch (Exception e) {
                fail("heartbeat", e);
            }
        }

        /** Sends client-to-server RPCs, one message in flight at a time as the browser does. */
        private String post(String rpc) throws Exception {
            synchronized (sending) {
                String body;
                synchronized (this) {
                    body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                            + ",\"clientId\":" + clientId + "}";
                }
                return postNow(body);
            }
        }

        private String postNow(String body) throws Exception {
            String response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (!response.startsWith("for(;;);")) {
                throw new IllegalStateException("not a UIDL answer: " + abbreviate(response));
            }
            List<Object> messages = Json.list(Json.parse(response.substring("for(;;);".length())));
            for (Object message : messages) {
                Map<String, Object> m = map(message);
                String meta = String.valueOf(m.get("meta"));
                if (m.containsKey("meta") && (meta.contains("rror") || meta.contains("xpired"))) {
                    throw new IllegalStateException("server error: " + abbreviate(response));
                }
                apply(m);
            }
            List<String> answers;
            synchronized (this) {
                answers = new ArrayList<>(replies);
                replies.clear();
            }
            for (String reply : answers) {
                post(reply);
            }
            return response;
        }

        private String send(HttpRequest.Builder request) throws Exception {
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("set-cookie")) {
                if (set.startsWith("JSESSIONID=")) {
                    cookie = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
                }
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " " + abbreviate(response.body()));
            }
            return response.body();
        }

        /** Applies a UIDL message: ids, node tags, class names; answers the "can you read aloud?" question. */
        private synchronized void apply(Map<String, Object> message) throws Exception {
            if (message.get("syncId") instanceof Number n) {
                syncId = n.intValue();
            }
            if (message.get("clientId") instanceof Number n) {
                clientId = n.intValue();
            }
            Object changes = message.get("changes");
            if (changes instanceof List<?> list) {
                for (Object c : list) {
                    Map<String, Object> change = map(c);
                    int node = ((Number) change.get("node")).intValue();
                    String type = (String) change.get("type");
                    Object feat = change.get("feat");
                    int feature = feat instanceof Number f ? f.intValue() : -1;
                    if ("detach".equals(type)) {
                        tags.remove(node);
                        classes.remove(node);
                    } else if ("put".equals(type) && feature == 0 && "tag".equals(change.get("key"))) {
                        tags.put(node, (String) change.get("value"));
                    } else if (feature == 11 && "splice".equals(type)) {
                        List<String> names = classes.computeIfAbsent(node, k -> new ArrayList<>());
                        int index = ((Number) change.get("index")).intValue();
                        if (change.get("remove") instanceof Number remove) {
                            for (int i = 0; i < remove.intValue() && index < names.size(); i++) {
                                names.remove(index);
                            }
                        }
                        if (change.get("add") instanceof List<?> add) {
                            for (Object name : add) {
                                names.add(Math.min(index++, names.size()), (String) name);
                            }
                        }
                    } else if (feature == 11 && "clear".equals(type)) {
                        classes.remove(node);
                    }
                }
                List<Integer> fields = nodesWithClass("kiosk-search");
                searchField = fields.stream().filter(n -> "vaadin-text-field".equals(tags.get(n))).findFirst()
                        .orElse(-1);
            }
            if (message.get("execute") instanceof List<?> executes) {
                for (Object e : executes) {
                    List<Object> invocation = Json.list(e);
                    Object script = invocation.get(invocation.size() - 1);
                    if (String.valueOf(script).contains("kioskCanReadAloud") && invocation.get(0) instanceof List<?> ch
                            && ch.size() == 3) {
                        int node = ((Number) ch.get(1)).intValue();
                        int channel = ((Number) ch.get(2)).intValue();
                        String reply = "{\"type\":\"channel\",\"node\":" + node + ",\"channel\":" + channel
                                + ",\"args\":[true]}";
                        replies.add(reply);
                    }
                }
            }
        }

        private synchronized List<Integer> nodesWithClass(String name) {
            List<Integer> found = new ArrayList<>();
            classes.forEach((node, names) -> {
                if (names.contains(name) && tags.containsKey(node)) {
                    found.add(node);
                }
            });
            Collections.sort(found);
            return found;
        }

        private void connectPush(String pushId) {
            String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                    + "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                    + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
            URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "VAADIN/push?" + query);
            try {
                socket = http.newWebSocketBuilder().header("Cookie", cookie)
                        .buildAsync(uri, new WebSocket.Listener() {
                            private final StringBuilder text = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                text.append(data);
                                if (last) {
                                    pushMessages.incrementAndGet();
                                    onPush(text.toString());
                                    text.setLength(0);
                                }
                                webSocket.request(1);
                                return null;
                            }

                            @Override
                            public CompletionStage<?> onClose(WebSocket webSocket, int status, String reason) {
                                pushClosed.incrementAndGet();
                                pushCloseReasons.merge("closed " + status + " " + reason, 1, Integer::sum);
                                return null;
                            }

                            @Override
                            public void onError(WebSocket webSocket, Throwable error) {
                                pushClosed.incrementAndGet();
                                pushCloseReasons.merge("error " + error, 1, Integer::sum);
                            }
                        }).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                fail("push", e);
            }
        }

        /** Pushed UIDL ("length|for(;;);[...]" or "length|{...}"): keep ids and nodes up to date. */
        private void onPush(String frame) {
            int json = frame.indexOf('{');
            int bar = frame.indexOf('|');
            if (json < 0 || bar < 0 || frame.startsWith("X", bar + 1)) {
                return;
            }
            try {
                String body = frame.substring(bar + 1);
                Object parsed = Json.parse(body.startsWith("for(;;);") ? body.substring(8) : body);
                for (Object m : parsed instanceof List<?> l ? l : List.of(parsed)) {
                    apply(map(m));
                }
            } catch (Exception e) {
                fail("push message", e);
            }
        }

        void timed(String what, Step step) throws Exception {
            long start = System.nanoTime();
            step.run();
            if (quiet) {
                return;
            }
            timings.computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - start) / 1e6);
        }

        private void pause() throws InterruptedException {
            Thread.sleep((long) (thinkMs * (0.5 + random.nextDouble())));
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private record Heap(String label, long live, long used, Map<String, Long> byClass) {}

    /** Live objects after a full GC (GC.class_histogram forces one) and G1's "used" after another full GC. */
    private Heap heap(String label) throws Exception {
        if (pid == null) {
            return null;
        }
        Thread.sleep(2000);
        Map<String, Long> byClass = new LinkedHashMap<>();
        long live = 0;
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
        for (String line : jcmd("GC.class_histogram")) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                byClass.merge(m.group(3), Long.parseLong(m.group(2)), Long::sum);
            } else if (line.startsWith("Total")) {
                live = Long.parseLong(line.trim().split("\\s+")[2]);
            }
        }
        jcmd("GC.run");
        long used = -1;
        for (String line : jcmd("GC.heap_info")) {
            Matcher m = Pattern.compile("used (\\d+)K").matcher(line);
            if (line.contains("total") && m.find()) {
                used = Long.parseLong(m.group(1)) * 1024;
                break;
            }
        }
        System.out.printf(Locale.ROOT, "Heap %s: %.1f MB live objects, %.1f MB used%n", label, live / 1048576.0,
                used / 1048576.0);
        return new Heap(label, live, used, byClass);
    }

    private List<String> jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        process.waitFor();
        return lines;
    }

    private static Long findPid() {
        try {
            Process process = new ProcessBuilder("jcmd", "-l").redirectErrorStream(true).start();
            List<Long> found = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.contains("kiosk-ui") && l.contains(".jar") || l.contains("HubApplication"))
                    .filter(l -> !l.contains("surefire") && !l.contains("KioskSessionLoad"))
                    .map(l -> Long.valueOf(l.substring(0, l.indexOf(' ')))).toList();
            process.waitFor();
            if (found.size() > 1) {
                System.out.println("Several apps running, pass --pid: " + found);
            }
            return found.size() == 1 ? found.get(0) : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** The app's user + system CPU time in clock ticks (1/100 s), from /proc; -1 if unknown. */
    private long cpuTicks() {
        if (pid == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void fail(String what, Exception e) {
        failures.incrementAndGet();
        if (failureSamples.size() < 10) {
            failureSamples.add(what + ": " + e);
        }
    }

    private static void waitAll(List<Future<?>> futures) throws InterruptedException {
        for (Future<?> f : futures) {
            try {
                f.get(10, TimeUnit.MINUTES);
            } catch (Exception e) {
                // counted by the kiosk itself
            }
        }
    }

    private static String stats(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return "none";
        }
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", pct(v, 50),
                pct(v, 90), pct(v, 99), v[v.length - 1], v.length);
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    /** Just enough JSON for UIDL: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object value = p.value();
            p.space();
            if (p.i != text.length()) {
                throw new IllegalArgumentException("trailing text at " + p.i);
            }
            return value;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object o) {
            return (List<Object>) o;
        }

        static String quote(String text) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    space();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        m.put(key, value());
                        space();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    space();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        space();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return Double.valueOf(s.substring(start, i));
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i + " in " + abbreviate(s));
            }
            i++;
        }
    }

}
