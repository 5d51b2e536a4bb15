package io.deliverygates.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupWriterTest {
    @Test
    void escapesTextAndAttributeValues() {
        String markup = new MarkupWriter()
                .open("p", "title", "a \"quoted\" <b> & 'single'")
                .text("<script>alert(1)</script> & co")
                .close().toString();
        assertThat(markup).isEqualTo("<p title=\"a &#34;quoted&#34; &lt;b> &amp; &#39;single&#39;\">"
                + "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>");
    }

    @Test
    void leavesOutNullAttributesAndNullText() {
        assertThat(new MarkupWriter().element("span", null, "class", null, "id", "x").toString())
                .isEqualTo("<span id=\"x\"></span>");
        assertThat(new MarkupWriter().empty("br").toString()).isEqualTo("<br/>");
    }

    @Test
    void closesElementsInsideOut() {
        assertThat(new MarkupWriter().open("ul").open("li").text("1").close().close().toString())
                .isEqualTo("<ul><li>1</li></ul>");
    }

    @Test
    void refusesNamesThatCouldInjectMarkup() {
        assertThatThrownBy(() -> new MarkupWriter().open("p onclick=alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkupWriter().open("p", "x=\"1\" onload", "v"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkupWriter().open("p", "odd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkupWriter().open("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkupWriter().open("1p")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MarkupWriter().empty("svg:rect", "aria-label", "x", "x2", "1").toString())
                .isEqualTo("<svg:rect aria-label=\"x\" x2=\"1\"/>");
    }

    @Test
    void refusesUnbalancedMarkup() {
        assertThatThrownBy(() -> new MarkupWriter().close()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new MarkupWriter().open("div").toString())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writesTrustedMarkupAsIs() {
        assertThat(new MarkupWriter().raw("<!DOCTYPE html>").toString()).isEqualTo("<!DOCTYPE html>");
    }
}
