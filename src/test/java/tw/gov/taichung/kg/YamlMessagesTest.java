package tw.gov.taichung.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.gov.taichung.kg.load.Loader;
import tw.gov.taichung.kg.load.SourceBundle;
import tw.gov.taichung.kg.model.Iris;
import tw.gov.taichung.kg.model.Problem;

/** YAML syntax errors come out as plain sentences with the place where the broken construct began. */
class YamlMessagesTest {
    static List<String> problems(String yaml) {
        SourceBundle b = SourceBundle.of(Map.of("registry/x.yaml", yaml, "reports/r.yaml", "report: {}\n"));
        return new Loader(Iris.defaults()).load(b).problems().stream().filter(p -> p.file().equals("registry/x.yaml"))
                .map(Problem::toString).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        people: [⏎                    | registry/x.yaml:2:1: YAML_SYNTAX malformed YAML in the value that starts at line 2, column 1: expected a value, but found the end of the file
        people:⏎  - id: a⏎  zh: b⏎    | registry/x.yaml:3:3: YAML_SYNTAX malformed YAML in the list that starts at line 2, column 3: expected the end of an indented block, but found a key; check the indentation of this line
        people: 'unclosed⏎            | registry/x.yaml:2:1: YAML_SYNTAX malformed YAML in the quoted text that starts at line 1, column 9: the file ends before it is closed
        people: {id: x⏎               | registry/x.yaml:2:1: YAML_SYNTAX malformed YAML in the mapping opened with '{' at line 1, column 9: expected ',' or '}', but found the end of the file
        people: a: b⏎                 | registry/x.yaml:1:10: YAML_SYNTAX malformed YAML: a ':' here starts a value where none can be; put text that holds ': ' in quotes
        people: *nobody⏎              | registry/x.yaml:1:9: YAML_SYNTAX malformed YAML: the alias *nobody refers to no anchor &nobody
        people:⏎\t- id: a⏎            | registry/x.yaml:2:1: YAML_SYNTAX a tab is used for indentation here; YAML indents with spaces only
        """)
    void syntaxErrorsArePlainSentences(String yaml, String expected) {
        assertEquals(List.of(expected), problems(yaml.replace("⏎", "\n").replace("\\t", "\t")));
    }
}
