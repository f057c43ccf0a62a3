package tw.gov.taichung.kg.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tw.gov.taichung.kg.model.Location;

/** A YAML node with the file and position it came from; every scalar is read as text. */
final class Y {
    private final Node node;
    private final String file;

    Y(Node node, String file) {
        this.node = node;
        this.file = file;
    }

    Location at() {
        return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    String file() {
        return file;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isSeq() {
        return node instanceof SequenceNode;
    }

    boolean isNull() {
        return node instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty());
    }

    boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    String text() {
        return ((ScalarNode) node).getValue();
    }

    String kind() {
        return isMap() ? "a mapping" : isSeq() ? "a list" : isNull() ? "empty" : "a value";
    }

    List<Y> items() {
        List<Y> out = new ArrayList<>();
        for (Node n : ((SequenceNode) node).getValue()) {
            out.add(new Y(n, file));
        }
        return out;
    }

    /** Entries of a mapping; keys that are not plain text are returned under their text form. */
    Map<String, Entry> entries() {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            Y k = new Y(t.getKeyNode(), file);
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            out.merge(key, new Entry(k, new Y(t.getValueNode(), file), false),
                    (a, b) -> new Entry(b.key(), b.value(), true));
        }
        return out;
    }

    /** One key and its value; duplicate is true when the key appeared more than once. */
    record Entry(Y key, Y value, boolean duplicate) {
    }
}
