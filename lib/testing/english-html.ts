// For render tests of English pages: the text of server-rendered HTML outside elements marked lang="zh-CN"
// (attribute values included: titles and aria-labels are shown or read out too), and a check that it holds no
// Chinese and that every site link and form stays under /en.
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect } from "vitest";

const voidTags = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

export function textOutsideChinese(html: string): string {
  const out: string[] = [];
  const stack: boolean[] = [];
  const chinese = () => stack.includes(true);
  // Chart data blocks (JSON in <script>) are checked through the figures they hold, not as text.
  const body = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "");
  for (const [token, close, name, attrs, selfClosing] of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|[^<]+/g)) {
    if (name === undefined) {
      if (!chinese()) out.push(token);
      continue;
    }
    if (close) {
      stack.pop();
      continue;
    }
    // An element's own lang covers its attributes.
    const zh = /\blang="zh-CN"/.test(attrs ?? "");
    if (!zh && !chinese()) out.push([...(attrs ?? "").matchAll(/="([^"]*)"/g)].map((m) => m[1]).join(" "));
    if (!selfClosing && !voidTags.has(name.toLowerCase())) stack.push(zh);
  }
  return out.join(" ");
}

/** Renders the element and fails on Chinese outside lang="zh-CN" or a site link or form outside /en; returns the HTML. */
export function expectEnglish(element: ReactElement): string {
  const html = renderToStaticMarkup(element);
  expect(textOutsideChinese(html).match(/.{0,30}\p{Script=Han}.{0,30}/u)?.[0] ?? null).toBeNull();
  for (const [, attr, target] of html.matchAll(/(href|action)="(\/[^"]*)"/g)) {
    if (!target!.startsWith("/api/") && !target!.startsWith("#")) expect(`${attr}=${target}`).toMatch(/^(href|action)=\/en(\/|$|\?|#)/);
  }
  return html;
}
