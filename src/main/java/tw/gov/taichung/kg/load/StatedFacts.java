package tw.gov.taichung.kg.load;

/**
 * Maps what a report states beyond the trips' skeleton: figures and tables, descriptions, statements,
 * invitations, stand-ins, gifts, talks, disagreements between reports and sentences marked as carrying no fact.
 */
final class StatedFacts {
    private final ReportScope scope;

    StatedFacts(ReportScope scope) {
        this.scope = scope;
    }

    void emit(Fields top) {
        for (String section : ReportMapper.SECTIONS.keySet()) {
            for (Y item : top.maps(section)) {
                Y id = item.entries().containsKey("id") ? item.entries().get("id").value() : null;
                if (id != null && id.isScalar()) {
                    scope.ids().given(ReportMapper.SECTIONS.get(section), id.text().strip());
                }
            }
        }
        FigureMapper figures = new FigureMapper(scope);
        top.maps("tables").forEach(figures::table);
        top.maps("figures").forEach(figures::figure);
        DescriptionMapper descriptions = new DescriptionMapper(scope);
        top.maps("descriptions").forEach(descriptions::description);
        StatementMapper statements = new StatementMapper(scope);
        top.maps("statements").forEach(statements::statement);
        InvitationMapper invitations = new InvitationMapper(scope);
        top.maps("invitations").forEach(invitations::invitation);
        StandInMapper standIns = new StandInMapper(scope);
        top.maps("stand_ins").forEach(standIns::standIn);
        GiftMapper gifts = new GiftMapper(scope);
        top.maps("gifts").forEach(gifts::gift);
        TalkMapper talks = new TalkMapper(scope);
        top.maps("talks").forEach(talks::talk);
        DisagreementMapper disagreements = new DisagreementMapper(scope);
        top.maps("disagreements").forEach(disagreements::disagreement);
        NoFactMapper noFact = new NoFactMapper(scope);
        top.maps("no_fact").forEach(noFact::mark);
    }
}
