package tw.gov.taichung.kg.load;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import tw.gov.taichung.kg.model.Location;
import tw.gov.taichung.kg.model.Problem;

/**
 * What loading produced: the dataset (one named graph per report and one for the registries),
 * the problems found (sorted; empty when the input is sound), and where each minted node was
 * declared, so that later stages can point back at the data file.
 */
public record LoadResult(DatasetGraph dataset, List<Problem> problems, Map<Node, Location> origins) {
    public LoadResult {
        Objects.requireNonNull(dataset, "dataset");
        problems = problems.stream().sorted().distinct().toList();
        origins = Map.copyOf(origins);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
