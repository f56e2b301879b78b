import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeXml } from "../../src/core/escape.js";
import { parseXml, textOf } from "../reports/blueprint/xml.js";

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;",
    );
  });

  it("replaces characters XML cannot carry", () => {
    expect(escapeXml("a\u0000b\u001Fc\uFFFF")).toBe("a\uFFFDb\uFFFDc\uFFFD");
    expect(escapeXml("lone \uD800 surrogate")).toBe("lone \uFFFD surrogate");
    expect(escapeXml("pair 😀 ok\tand\nnewline")).toBe("pair 😀 ok\tand\nnewline");
  });

  it("round-trips any string through an XML parser as text and as an attribute", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const doc = parseXml(`<a t="${escapeXml(s)}">${escapeXml(s)}</a>`);
        const expected = s.replace(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          "\uFFFD",
        );
        expect(textOf(doc)).toBe(expected);
        expect(doc.attrs.get("t")).toBe(expected);
      }),
    );
  });
});

describe("escapeHtml", () => {
  it("escapes the five markup characters with HTML-safe entities", () => {
    expect(escapeHtml(`Tom & "Jerry's" <b>`)).toBe("Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;");
  });

  it("leaves no markup character behind", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
    );
  });
});
