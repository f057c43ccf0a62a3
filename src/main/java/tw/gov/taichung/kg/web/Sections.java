package tw.gov.taichung.kg.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** Chooses the sections an entity page shows for the kind of entity it is. */
final class Sections {
    static final Node TRIP = Vocab.tdo("Trip");
    static final Node EVENT = Vocab.tdo("Event");
    static final Node PLEDGE = Vocab.tdo("Pledge");
    static final Node CITY = Vocab.schema("City");

    private Sections() {
    }

    static List<String> forKind(View v, Node focus) {
        Kg kg = v.kg();
        List<String> out = new ArrayList<>();
        if (kg.isA(focus, TRIP)) {
            out.add(TripSection.render(v, focus));
            out.add(StatedSection.render(v, focus));
            return out;
        }
        if (kg.isA(focus, PLEDGE)) {
            out.add(PledgeSection.render(v, focus));
        }
        if (kg.isA(focus, CITY) || kg.has(focus, Vocab.tdo("partnership"))) {
            out.add(CitySection.render(v, focus));
        }
        if (kg.isA(focus, EVENT) || kg.has(focus, Vocab.tdo("participation"))) {
            out.add(EventSection.render(v, focus));
        }
        out.add(PostsSection.render(v, focus));
        out.add(StatedSection.render(v, focus));
        out.add(Timeline.render(v, focus));
        return out;
    }
}
