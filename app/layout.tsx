import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { SiteShell } from "@/components/ui/site-shell";
import { getMessages } from "@/lib/i18n";
import { localizedPath } from "@/lib/i18n/locales";
import { requestPage } from "@/lib/i18n/request";
import "./globals.css";
import "./print.css";

export async function generateMetadata(): Promise<Metadata> {
  const page = await requestPage();
  const m = getMessages(page.locale);
  return {
    title: { default: m.site.name, template: `%s · ${m.site.name}` },
    description: m.site.tagline,
    // The same page in the other language, for search engines and readers' tools.
    alternates: { languages: { "zh-CN": page.pathname + page.search, en: localizedPath("en", page.pathname + page.search) } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page dynamic, which the per-request CSP nonce (proxy.ts) needs.
  const request = await headers();
  const page = await requestPage();
  return (
    <html lang={page.locale}>
      <body>
        <SiteShell page={page} nonce={request.get("x-nonce") ?? undefined}>
          {children}
        </SiteShell>
      </body>
    </html>
  );
}
