package dev.archrules.core.report;

import dev.archrules.core.model.Flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The request flow of a finding ({@link Flow}) as a sequence diagram: the classes as participants in the order the flow
 * reaches them, each call an arrow labelled with the method and where it is called; calls that leave the code base red
 * (remote) or blue (data access), the flow's note (the transaction around it) over all participants. As Mermaid text for
 * the Markdown report and as self-contained SVG for the HTML report.
 */
final class SequenceDiagram {

    private static final double CHARACTER = 6.6;
    private static final double ROW = 34;
    private static final double TOP = 44;

    private SequenceDiagram() {
    }

    /** A Mermaid {@code sequenceDiagram}; remote calls and data access in tinted boxes. Text is reduced to safe characters. */
    static String mermaid(Flow flow) {
        List<String> participants = participants(flow);
        StringBuilder out = new StringBuilder("sequenceDiagram\n");
        for (int i = 0; i < participants.size(); i++) {
            out.append("  participant p").append(i).append(" as ").append(safe(participants.get(i))).append('\n');
        }
        if (!flow.note().isEmpty() && !participants.isEmpty()) { // Mermaid: "over p0" for one participant, "over p0,pN" for more
            out.append("  Note over p0").append(participants.size() > 1 ? ",p" + (participants.size() - 1) : "").append(": ")
                    .append(safe(flow.note())).append('\n');
        }
        for (Flow.Call call : flow.calls()) {
            String arrow = "  p" + participants.indexOf(call.from()) + "->>p" + participants.indexOf(call.to()) + ": "
                    + safe(call.method() + " (" + call.location() + ")") + "\n";
            switch (call.kind()) {
                case REMOTE -> out.append("  rect rgb(255, 225, 225)\n  ").append(arrow).append("  end\n");
                case DATA_ACCESS -> out.append("  rect rgb(225, 235, 255)\n  ").append(arrow).append("  end\n");
                case CALL -> out.append(arrow);
            }
        }
        return out.toString();
    }

    /** An {@code <svg class="flow">} element: participants, lifelines, the note and one arrow per call; ids start with {@code flow}. */
    static String svg(Flow flow) {
        return svg(flow, "flow");
    }

    /** The same, its marker ids starting with {@code id}, unique on the page (see {@link SvgMap#svg(ModuleMap, String)}). */
    static String svg(Flow flow, String id) {
        List<String> participants = participants(flow);
        double column = 150;
        for (String participant : participants) {
            column = Math.max(column, participant.length() * CHARACTER * 1.1 + 36);
        }
        for (Flow.Call call : flow.calls()) {
            int span = Math.max(1, Math.abs(participants.indexOf(call.from()) - participants.indexOf(call.to())));
            column = Math.max(column, label(call).length() * CHARACTER / span + 24);
        }
        double noteHeight = flow.note().isEmpty() ? 0 : 30;
        double width = column * Math.max(1, participants.size());
        double height = TOP + noteHeight + ROW * flow.calls().size() + 24;
        StringBuilder out = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" viewBox=\"0 0 ")
                .append(number(width)).append(' ').append(number(height)).append("\" width=\"").append(number(width)).append("\" height=\"")
                .append(number(height)).append("\" role=\"img\" aria-label=\"request flow: ").append(flow.calls().size())
                .append(" calls\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n<defs>");
        for (String colour : List.of("333", "d00", "06c")) {
            out.append("<marker id=\"").append(id).append("-arrow-").append(colour).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" ")
                    .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#").append(colour)
                    .append("\"/></marker>");
        }
        out.append("</defs>\n");
        for (int i = 0; i < participants.size(); i++) {
            double x = center(i, column);
            out.append("<g class=\"participant\"><line x1=\"").append(number(x)).append("\" y1=\"30\" x2=\"").append(number(x))
                    .append("\" y2=\"").append(number(height - 8)).append("\" stroke=\"#bbb\" stroke-dasharray=\"4 4\"/><rect x=\"")
                    .append(number(x - column / 2 + 10)).append("\" y=\"4\" width=\"").append(number(column - 20))
                    .append("\" height=\"26\" rx=\"5\" fill=\"#f4f6f8\" stroke=\"#778\"/><text x=\"").append(number(x))
                    .append("\" y=\"21\" text-anchor=\"middle\" font-weight=\"600\">").append(Escape.html(participants.get(i)))
                    .append("</text></g>\n");
        }
        double y = TOP;
        if (!flow.note().isEmpty()) {
            out.append("<g class=\"note\"><rect x=\"10\" y=\"").append(number(y - 6)).append("\" width=\"").append(number(width - 20))
                    .append("\" height=\"24\" fill=\"#fffbe6\" stroke=\"#c80\"/><text x=\"").append(number(width / 2)).append("\" y=\"")
                    .append(number(y + 10)).append("\" text-anchor=\"middle\">").append(Escape.html(flow.note())).append("</text></g>\n");
            y += noteHeight;
        }
        for (Flow.Call call : flow.calls()) {
            y += ROW;
            String colour = switch (call.kind()) {
                case REMOTE -> "d00";
                case DATA_ACCESS -> "06c";
                case CALL -> "333";
            };
            double from = center(participants.indexOf(call.from()), column);
            double to = center(participants.indexOf(call.to()), column);
            out.append("<g class=\"call\" data-kind=\"").append(call.kind().name().toLowerCase(Locale.ROOT)).append("\">");
            if (from == to) {
                out.append("<path d=\"M").append(number(from)).append(',').append(number(y - 8)).append(" h30 v12 h-28\" fill=\"none\"");
            } else {
                out.append("<line x1=\"").append(number(from)).append("\" y1=\"").append(number(y)).append("\" x2=\"")
                        .append(number(to + (to > from ? -2 : 2))).append("\" y2=\"").append(number(y)).append('"');
            }
            out.append(" stroke=\"#").append(colour).append("\" stroke-width=\"").append(call.kind() == Flow.Kind.CALL ? "1.3" : "2.2")
                    .append("\" marker-end=\"url(#").append(id).append("-arrow-").append(colour).append(")\"/><text x=\"")
                    .append(number(from == to ? from + 36 : (from + to) / 2)).append("\" y=\"").append(number(y - 6))
                    .append("\" text-anchor=\"").append(from == to ? "start" : "middle").append("\" fill=\"#").append(colour).append("\">")
                    .append(Escape.html(label(call))).append("</text></g>\n");
        }
        return out.append("</svg>").toString();
    }

    /** The classes of the flow in the order it reaches them. */
    private static List<String> participants(Flow flow) {
        List<String> participants = new ArrayList<>();
        for (Flow.Call call : flow.calls()) {
            if (!participants.contains(call.from())) {
                participants.add(call.from());
            }
            if (!participants.contains(call.to())) {
                participants.add(call.to());
            }
        }
        return participants;
    }

    private static String label(Flow.Call call) {
        return call.method() + " (" + call.location() + ")";
    }

    private static double center(int index, double column) {
        return column * index + column / 2;
    }

    /**
     * Text Mermaid reads as text: letters, digits, spaces and {@code _ $ . , : ( ) @ -}; anything else (statement
     * separators, entity codes, markup) becomes {@code _}.
     */
    static String safe(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) || " _$.,:()@-".indexOf(c) >= 0 ? c : '_'));
        return out.toString().replace("--", "__");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }
}
