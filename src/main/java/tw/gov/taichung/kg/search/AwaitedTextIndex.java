package tw.gov.taichung.kg.search;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * The text index as {@code text:query} sees it while it may still be being built: every call waits for the
 * index (see {@link SearchIndex#inBackground}) and then goes to it. Read-only: the served data cannot change,
 * so nothing is ever added, updated or deleted through it.
 */
final class AwaitedTextIndex implements TextIndex {
    private final EntityDefinition docDef;
    private final Supplier<TextIndex> index;

    AwaitedTextIndex(EntityDefinition docDef, Supplier<TextIndex> index) {
        this.docDef = docDef;
        this.index = index;
    }

    @Override
    public void prepareCommit() {
    }

    @Override
    public void commit() {
    }

    @Override
    public void rollback() {
    }

    @Override
    public void close() {
    }

    @Override
    public void addEntity(Entity entity) {
        throw new UnsupportedOperationException("the search index is read-only");
    }

    @Override
    public void updateEntity(Entity entity) {
        throw new UnsupportedOperationException("the search index is read-only");
    }

    @Override
    public void deleteEntity(Entity entity) {
        throw new UnsupportedOperationException("the search index is read-only");
    }

    @Override
    public Map<String, Node> get(String uri) {
        return index.get().get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return index.get().query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return index.get().query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.get().query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.get().query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.get().query(uri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.get().query(subj, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, Node property, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.get().query(uri, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public EntityDefinition getDocDef() {
        return docDef;
    }
}
