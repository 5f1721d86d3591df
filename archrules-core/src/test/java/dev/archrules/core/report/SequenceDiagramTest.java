package dev.archrules.core.report;

import dev.archrules.core.model.Flow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A request flow as a Mermaid sequence diagram and as SVG. */
class SequenceDiagramTest {

    static final Flow FLOW = new Flow(List.of(
            new Flow.Call("CheckoutService", "PaymentClient", "charge", "CheckoutService.java:36", Flow.Kind.CALL),
            new Flow.Call("PaymentClient", "RestTemplate", "postForObject", "PaymentClient.java:17", Flow.Kind.REMOTE),
            new Flow.Call("CheckoutService", "OrderRepository", "save", "CheckoutService.java:38", Flow.Kind.DATA_ACCESS)),
            "database transaction of CheckoutService.checkout open around every call");

    @Test
    void the_mermaid_diagram_declares_the_participants_in_order_and_tints_calls_that_leave_the_code_base() {
        assertThat(SequenceDiagram.mermaid(FLOW)).isEqualTo("""
                sequenceDiagram
                  participant p0 as CheckoutService
                  participant p1 as PaymentClient
                  participant p2 as RestTemplate
                  participant p3 as OrderRepository
                  Note over p0,p3: database transaction of CheckoutService.checkout open around every call
                  p0->>p1: charge (CheckoutService.java:36)
                  rect rgb(255, 225, 225)
                    p1->>p2: postForObject (PaymentClient.java:17)
                  end
                  rect rgb(225, 235, 255)
                    p0->>p3: save (CheckoutService.java:38)
                  end
                """);
    }

    @Test
    void hostile_names_cannot_break_out_of_the_diagram() {
        Flow hostile = new Flow(List.of(new Flow.Call("A<script>alert(1)</script>", "B;C#x", "m-->n", "A.java:1", Flow.Kind.CALL)), "a; b");

        String mermaid = SequenceDiagram.mermaid(hostile);
        assertThat(mermaid).doesNotContain("<script>").doesNotContain(";").doesNotContain("#").doesNotContain("-->")
                .contains("participant p0 as A_script_alert(1)__script_\n").contains("participant p1 as B_C_x\n")
                .contains("Note over p0,p1: a_ b\n");
        assertThat(SequenceDiagram.svg(hostile)).doesNotContain("<script>").contains("A&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void a_self_call_has_one_participant_and_its_note_is_over_that_one_and_an_empty_flow_has_no_note() {
        Flow selfCall = new Flow(List.of(new Flow.Call("OrderService", "OrderService", "recalculate", "OrderService.java:9",
                Flow.Kind.CALL)), "transaction of OrderService.place");

        assertThat(SequenceDiagram.mermaid(selfCall)).isEqualTo("""
                sequenceDiagram
                  participant p0 as OrderService
                  Note over p0: transaction of OrderService.place
                  p0->>p0: recalculate (OrderService.java:9)
                """);
        assertThat(SequenceDiagram.mermaid(new Flow(List.of(), "a note with nobody to stand over"))).isEqualTo("sequenceDiagram\n");
        assertThat(SequenceDiagram.svg(new Flow(List.of(), ""))).contains("viewBox=\"0 0 150 ");
    }

    @Test
    void the_svg_has_a_lifeline_per_participant_an_arrow_per_call_and_the_note() throws Exception {
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(SequenceDiagram.svg(FLOW).getBytes(StandardCharsets.UTF_8)));

        NodeList groups = svg.getElementsByTagName("g");
        List<String> participants = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            String text = group.getElementsByTagName("text").item(0).getTextContent();
            switch (group.getAttribute("class")) {
                case "participant" -> participants.add(text);
                case "call" -> calls.add(group.getAttribute("data-kind") + " " + text + " "
                        + ((Element) group.getElementsByTagName("line").item(0)).getAttribute("stroke"));
                case "note" -> notes.add(text);
                default -> throw new AssertionError("unexpected group " + group.getAttribute("class"));
            }
        }
        assertThat(participants).containsExactly("CheckoutService", "PaymentClient", "RestTemplate", "OrderRepository");
        assertThat(calls).containsExactly("call charge (CheckoutService.java:36) #333", "remote postForObject (PaymentClient.java:17) #d00",
                "data_access save (CheckoutService.java:38) #06c");
        assertThat(notes).containsExactly("database transaction of CheckoutService.checkout open around every call");
        assertThat(svg.getDocumentElement().getAttribute("class")).isEqualTo("flow");
    }
}
