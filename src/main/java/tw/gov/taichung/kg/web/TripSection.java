package tw.gov.taichung.kg.web;

import static tw.gov.taichung.kg.web.Html.esc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import tw.gov.taichung.kg.model.Vocab;

/** A trip: dates, destinations, leader, delegation with posts, cost, and the itinerary day by day. */
final class TripSection {
    private static final Node DERIVED = Vocab.uri(Vocab.PROV + "wasDerivedFrom");

    private TripSection() {
    }

    static String render(View v, Node trip) {
        Kg kg = v.kg();
        String start = kg.text(trip, EventItem.START);
        String end = kg.text(trip, EventItem.END);
        StringBuilder sb = new StringBuilder("<section class=\"trip\"><h2>行程概要 <small lang=\"en\">Trip</small></h2>\n<dl>");
        long days = Dates.days(start, end);
        sb.append("<dt>日期 <small lang=\"en\">Dates</small></dt><dd>").append(esc(Dates.range(start, end)))
                .append(days > 0 ? "（" + days + " 天 <span lang=\"en\">days</span>）" : "").append("</dd>");
        List<String> dest = new ArrayList<>();
        kg.objects(trip, Vocab.tdo("destination")).forEach(d -> dest.add(v.link(d)));
        dl(sb, "目的地 <small lang=\"en\">Destinations</small>", String.join("、", dest));
        List<String> leaders = new ArrayList<>();
        kg.objects(trip, Vocab.tdo("leader")).forEach(l -> leaders.add(v.link(l)));
        dl(sb, "團長 <small lang=\"en\">Leader</small>", String.join("、", leaders));
        String size = kg.text(trip, Vocab.tdo("delegationSize"));
        dl(sb, "團員人數 <small lang=\"en\">Delegation size</small>", size == null ? "" : esc(size));
        sb.append("</dl>\n").append(delegation(v, trip)).append(cost(v, trip, size, days)).append(itinerary(v, trip))
                .append("</section>\n");
        return sb.toString();
    }

    private static void dl(StringBuilder sb, String term, String html) {
        if (!html.isEmpty()) {
            sb.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>");
        }
    }

    /** The named members, each with the posts that the trip's own reports give them. */
    private static String delegation(View v, Node trip) {
        Kg kg = v.kg();
        List<Node> members = kg.objects(trip, Vocab.tdo("delegationMember"));
        if (members.isEmpty()) {
            return "";
        }
        Set<Node> reports = new HashSet<>(kg.objects(trip, DERIVED));
        StringBuilder sb = new StringBuilder("<h3>代表團 <small lang=\"en\">Delegation</small></h3>\n<table class=\"delegation\">"
                + "<thead><tr><th>成員 <small lang=\"en\">member</small></th><th>職稱 <small lang=\"en\">post</small></th>"
                + "</tr></thead><tbody>\n");
        for (Node m : members) {
            List<String> posts = new ArrayList<>();
            for (Node ms : kg.subjects(Vocab.uri(Vocab.ORG + "member"), m)) {
                boolean here = kg.objects(ms, DERIVED).stream().anyMatch(reports::contains);
                if (!here) {
                    continue;
                }
                Node org = kg.object(ms, Vocab.uri(Vocab.ORG + "organization"));
                String role = roleLabel(kg, ms);
                posts.add((org == null ? "" : v.linkShort(org) + " ") + esc(role));
            }
            sb.append("<tr><td>").append(v.link(m)).append("</td><td>").append(String.join("；", posts))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String roleLabel(Kg kg, Node membership) {
        String zh = null;
        for (Node l : kg.objects(membership, Vocab.tdo("roleLabel"))) {
            if (l.isLiteral() && Kg.langOf(l).equals("zh")) {
                zh = l.getLiteralLexicalForm();
            }
        }
        return zh != null ? zh : kg.text(membership, Vocab.tdo("roleLabel")) == null ? ""
                : kg.text(membership, Vocab.tdo("roleLabel"));
    }

    /** Each cost figure as a report gives it, and per delegate and per day as computed here. */
    private static String cost(View v, Node trip, String size, long days) {
        Kg kg = v.kg();
        List<Node> costs = kg.objects(trip, Vocab.tdo("cost"));
        if (costs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h3>經費 <small lang=\"en\">Cost</small></h3>\n<ul class=\"costs\">\n");
        DecimalFormat money = new DecimalFormat("#,##0");
        for (Node c : costs) {
            String value = kg.text(c, Vocab.schema("value"));
            String currency = kg.text(c, Vocab.schema("currency"));
            sb.append("<li>");
            if (value != null) {
                BigDecimal amount = new BigDecimal(value);
                sb.append("<strong class=\"amount\">").append(esc(currency == null ? "" : currency + " "))
                        .append(esc(money.format(amount))).append("</strong>");
                List<String> computed = new ArrayList<>();
                if (size != null && size.matches("[1-9][0-9]*")) {
                    computed.add("每人 <span lang=\"en\">per delegate</span> " + esc(money.format(
                            amount.divide(new BigDecimal(size), 0, RoundingMode.HALF_UP))));
                }
                if (days > 0) {
                    computed.add("每日 <span lang=\"en\">per day</span> " + esc(money.format(
                            amount.divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP))));
                }
                if (!computed.isEmpty()) {
                    sb.append(" <small>（").append(String.join("；", computed))
                            .append("；本站計算 <span lang=\"en\">computed here</span>）</small>");
                }
            }
            List<String> notes = new ArrayList<>();
            for (String p : List.of("amountKind", "settlement")) {
                Node concept = kg.object(c, Vocab.tdo(p));
                if (concept != null) {
                    notes.add(esc(EventItem.label(kg, concept)));
                }
            }
            if (!notes.isEmpty()) {
                sb.append(" <span class=\"tag\">").append(String.join("</span> <span class=\"tag\">", notes))
                        .append("</span>");
            }
            sb.append(v.quotes(c)).append("</li>\n");
        }
        if (kg.has(trip, Vocab.tdo("budgetUnsettled"))) {
            sb.append("<li>經費尚在核銷中 <span lang=\"en\">cost not yet settled</span></li>\n");
        }
        return sb.append("</ul>\n").toString();
    }

    /** The sub-events grouped by day, every day of the trip listed; events dated less precisely last. */
    private static String itinerary(View v, Node trip) {
        Kg kg = v.kg();
        List<Node> events = new ArrayList<>(kg.objects(trip, Vocab.schema("subEvent")));
        kg.subjects(EventItem.SUPER, trip).forEach(e -> {
            if (!events.contains(e)) {
                events.add(e);
            }
        });
        events.sort(Comparator.comparing((Node e) -> String.valueOf(kg.text(e, EventItem.START)))
                .thenComparing(Node::getURI));
        Map<String, List<Node>> byDay = new LinkedHashMap<>();
        LocalDate s = Dates.day(kg.text(trip, EventItem.START));
        LocalDate e = Dates.day(kg.text(trip, EventItem.END));
        if (s != null && e != null && !e.isBefore(s) && e.toEpochDay() - s.toEpochDay() < 400) {
            for (LocalDate d = s; !d.isAfter(e); d = d.plusDays(1)) {
                byDay.put(d.toString(), new ArrayList<>());
            }
        }
        List<Node> undated = new ArrayList<>();
        for (Node ev : events) {
            String start = kg.text(ev, EventItem.START);
            if (Dates.day(start) == null) {
                undated.add(ev);
            } else {
                byDay.computeIfAbsent(start, k -> new ArrayList<>()).add(ev);
            }
        }
        StringBuilder sb = new StringBuilder("<h3>逐日行程 <small lang=\"en\">Itinerary day by day</small></h3>\n"
                + "<div class=\"itinerary\">\n");
        for (Map.Entry<String, List<Node>> day : byDay.entrySet()) {
            sb.append("<h4 class=\"day\" id=\"day-").append(esc(day.getKey())).append("\">").append(esc(day.getKey()))
                    .append(" <small>").append(esc(Dates.weekday(Dates.day(day.getKey())))).append("</small></h4>\n");
            sb.append(list(v, day.getValue(), false));
        }
        if (!undated.isEmpty()) {
            sb.append("<h4 class=\"day\">日期未詳至日 <small lang=\"en\">Not dated to the day</small></h4>\n")
                    .append(list(v, undated, true));
        }
        return sb.append("</div>\n").toString();
    }

    private static String list(View v, List<Node> events, boolean showDate) {
        if (events.isEmpty()) {
            return "<p class=\"none\">報告未記載活動 <small lang=\"en\">no event reported</small></p>\n";
        }
        StringBuilder sb = new StringBuilder("<ol class=\"events\">\n");
        events.forEach(ev -> sb.append(EventItem.render(v, ev, showDate, false, null)));
        return sb.append("</ol>\n").toString();
    }
}
