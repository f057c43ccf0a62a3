package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README.md's commands are a test: the two commands at its top, .ci/run, and the example's real output. */
class ReadmeCommandsTest {
    private static List<String> codeBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("```")) {
                if (cur == null) {
                    cur = new StringBuilder();
                } else {
                    blocks.add(cur.toString());
                    cur = null;
                }
            } else if (cur != null) {
                cur.append(line).append('\n');
            }
        }
        return blocks;
    }

    @Test
    void theTwoCommandsAtTheTopAreTheOnesWeSupport() throws IOException {
        List<String> blocks = codeBlocks();
        assertEquals("mvn -q package -DskipTests && java -jar target/tdkg.jar serve\n", blocks.get(0));
        assertEquals("mvn -B -ntp test\n", blocks.get(1));
        assertTrue(Files.readAllLines(Path.of(".ci/run")).contains("mvn -B -ntp test"),
                ".ci/run must run the README's test command");
    }

    @Test
    void theExampleShowsTheRealOutput() throws IOException {
        String example = codeBlocks().get(2);
        String command = example.lines().findFirst().orElseThrow();
        assertEquals("$ java -jar target/tdkg.jar query delegation --param trip=2016-07-singapore-wcs", command);
        CommandLineTest.Run r = CommandLineTest.run("query", "delegation", "--param", "trip=2016-07-singapore-wcs");
        assertEquals(0, r.code(), r.err());
        assertEquals(example.substring(command.length() + 1), r.out());
    }
}
