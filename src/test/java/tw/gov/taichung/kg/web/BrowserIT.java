package tw.gov.taichung.kg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web interface in a real browser: Debian's headless chromium, driven through its chromedriver (never a
 * downloaded one), against the real server and corpus. A reader opens the home page, asks a question, follows
 * a link to an entity page, reads Chinese, uses the SPARQL editor, the timeline and the map. Every page is
 * checked for requests to other origins and for errors in the browser's console, and a screenshot of each
 * is saved under the build folder ({@code target/screenshots/}).
 *
 * <p>Without chromium and chromedriver the tests fail, saying what to install; a developer without them may
 * skip them with {@code -Dtdkg.skipBrowserTests=true} (ignored when the environment variable CI is true).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("tdkg.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("tdkg.chromedriver", "/usr/bin/chromedriver"));
    private static WebDriver browser;
    private static String root;
    private static Path shots;
    private static boolean skipped;

    @BeforeAll
    static void start() throws IOException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        skipped = Boolean.getBoolean("tdkg.skipBrowserTests") && !ci;
        if (skipped) {
            return;
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver fonts-noto-cjk (.ci/run installs them). "
                    + "To skip them on a developer machine: mvn test -Dtdkg.skipBrowserTests=true");
        }
        root = WebServer.root();
        shots = buildDir().resolve("screenshots");
        Files.createDirectories(shots);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        // Selenium looks for DevTools bindings of the browser's version; none is needed here, so no warning.
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(java.util.logging.Level.SEVERE);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--window-size=1280,1000", "--lang=zh-TW",
                "--user-data-dir=" + Files.createTempDirectory("tdkg-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @BeforeEach
    void notSkipped() {
        Assumptions.assumeFalse(skipped, "browser tests skipped (-Dtdkg.skipBrowserTests=true)");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void homePageAnswersAQuestionAndLeadsToAnEntityPage() {
        open("");
        assertEquals("首頁 Home | 臺中市政府出國交流知識圖譜", browser.getTitle());
        assertEquals("17", text(By.cssSelector("#count-trips .n")));
        assertEquals("276", text(By.cssSelector("#count-pledges .n")));
        assertTrue(text(By.cssSelector("section.reports")).contains("臺中市政府組團赴新加坡參加「2016世界城市峰會」"));
        screenshot("1-home");
        click(By.id("q-delegation"));
        waitFor(By.cssSelector("table.answer"));
        assertEquals(root + "questions/delegation", browser.getCurrentUrl());
        assertEquals("出國代表團成員 Members of a trip's delegation", text(By.tagName("h1")));
        List<String> rows = new ArrayList<>();
        browser.findElements(By.cssSelector("table.answer tbody tr")).forEach(r -> rows.add(r.getText()));
        assertEquals(List.of("張光瑤 張光瑤 副市長 臺中市政府", "陳文政 陳文政 股長 臺中市政府秘書處"), rows);
        screenshot("2-question");
        checkPage();
        click(By.linkText("張光瑤"));
        waitFor(By.cssSelector("section.timeline"));
        assertEquals(root + "id/person/chang-kuang-yao", browser.getCurrentUrl());
        assertEquals("張光瑤 · Chang Kuang-yao", text(By.tagName("h1")));
        WebElement trip = browser.findElement(By.cssSelector("section.timeline a[href='../../id/trip/2016-07-singapore-wcs']"));
        assertTrue(trip.isDisplayed());
        assertEquals("臺中市政府組團赴新加坡參加「2016世界城市峰會」", trip.getText());
        screenshot("3-person");
        checkPage();
    }

    @Test
    @Order(2)
    void tripPageShowsTheItineraryDayByDay() {
        open("id/person/chang-kuang-yao");
        click(By.cssSelector("section.timeline a[href='../../id/trip/2016-07-singapore-wcs']"));
        waitFor(By.cssSelector("div.itinerary"));
        List<String> days = new ArrayList<>();
        browser.findElements(By.cssSelector("h4.day[id]")).forEach(d -> days.add(d.getText()));
        assertEquals(List.of("2016-07-09 週六 Sat", "2016-07-10 週日 Sun", "2016-07-11 週一 Mon"), days);
        WebElement lastDay = browser.findElement(By.xpath("//h4[@id='day-2016-07-11']/following-sibling::ol[1]"));
        assertTrue(lastDay.getText().contains("拜會新加坡工商聯合總會 Courtesy call on the Singapore Business Federation"),
                lastDay.getText());
        WebElement details = lastDay.findElement(By.cssSelector("details"));
        WebElement passage = details.findElement(By.cssSelector("mark"));
        assertTrue(!passage.isDisplayed(), "the quoted passage is folded away");
        details.findElement(By.tagName("summary")).click();
        assertTrue(passage.isDisplayed(), "and shows on a click");
        List<String> passages = new ArrayList<>();
        browser.findElements(By.cssSelector("section > h2 + ul.quotes mark")).forEach(m -> passages.add(m.getText()));
        assertEquals(List.of("出國期間：105年7月9日至105年7月11日", "並由張光瑤副市長率團出席由新加坡政府主辦之「世界城市峰會」"),
                passages, "the passages that attest the trip");
        screenshot("4-trip");
        checkPage();
    }

    @Test
    @Order(3)
    void sparqlEditorAnswersNamedQueries() {
        open("editor?query=delegation");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("yasgui")).getText().contains("陳文政"));
        assertTrue(text(By.id("yasgui")).contains("張光瑤"));
        click(By.cssSelector("button.load-query[data-query='costs-by-year']"));
        wait.until(d -> d.findElement(By.id("yasgui")).getText().contains("3872206"));
        screenshot("5-editor");
        checkPage();
    }

    @Test
    @Order(4)
    void timelineAndMapRender() {
        open("timeline");
        List<WebElement> marks = browser.findElements(By.cssSelector("svg.trip-timeline a.trip-mark rect"));
        assertEquals(17, marks.size());
        marks.forEach(m -> assertTrue(m.getSize().getWidth() > 0 && m.isDisplayed()));
        assertTrue(text(By.cssSelector("svg.trip-timeline")).contains("2016-07 新加坡"));
        screenshot("6-timeline");
        checkPage();
        open("map");
        List<WebElement> cities = browser.findElements(By.cssSelector("svg.world-map circle.city"));
        assertEquals(39, cities.size());
        cities.forEach(c -> assertTrue(c.isDisplayed()));
        assertTrue(browser.findElement(By.cssSelector("svg.world-map path.land")).getSize().getWidth() > 900);
        screenshot("7-map");
        checkPage();
        click(By.partialLinkText("歐洲與中東"));
        waitFor(By.cssSelector("svg.world-map text.city-label"));
        assertTrue(text(By.cssSelector("svg.world-map")).contains("阿姆斯特丹"));
        screenshot("8-map-europe");
        checkPage();
    }

    @Test
    @Order(5)
    void theHeaderSearchBoxSuggestsAndLeadsToTheEntity() {
        open("timeline");
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("輝達");
        By first = By.cssSelector("#site-search-suggestions li:first-child a");
        waitFor(first);
        assertTrue(text(first).startsWith("輝達 NVIDIA"), text(first));
        screenshot("9-search-suggestions");
        click(first);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/id/org/nvidia"));
        assertEquals(root + "id/org/nvidia", browser.getCurrentUrl());
        assertEquals("輝達 · NVIDIA", text(By.tagName("h1")));
        checkPage();
        box = browser.findElement(By.id("site-search"));
        box.sendKeys("水滸\n");
        waitFor(By.cssSelector("ol.passages"));
        assertEquals(root + "search?q=%E6%B0%B4%E6%BB%B8", browser.getCurrentUrl());
        assertEquals("水湳智慧城", text(By.cssSelector("table.entities tbody tr td[lang='zh-Hant'] a")));
        screenshot("10-search");
        checkPage();
    }

    private static void open(String path) {
        browser.get(root + path);
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    private static void click(By by) {
        browser.findElement(by).click();
    }

    private static void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(by).isEmpty());
    }

    /** Nothing on the page came from another origin, and the console logged no error. */
    private static void checkPage() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        for (String url : loaded) {
            assertTrue(url.startsWith(root), browser.getCurrentUrl() + " loaded " + url);
        }
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console of " + browser.getCurrentUrl());
    }

    /** A screenshot of the whole page (up to 4000 pixels high), at 1280 pixels wide. */
    private static void screenshot(String name) {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1280, Math.min(4000, Math.max(800, height.intValue()))));
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        browser.manage().window().setSize(before);
        try {
            Files.write(shots.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build folder: the parent of the folder the test classes were compiled to. */
    private static Path buildDir() {
        try {
            return Path.of(BrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
