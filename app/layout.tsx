import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { SiteShell } from "@/components/ui/site-shell";
import { getMessages } from "@/lib/i18n";
import "./globals.css";
import "./print.css";

const m = getMessages();

export const metadata: Metadata = {
  title: { default: m.site.name, template: `%s · ${m.site.name}` },
  description: m.site.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page dynamic, which the per-request CSP nonce (proxy.ts) needs.
  const request = await headers();
  return (
    <html lang="zh-CN">
      <body>
        <SiteShell pathname={request.get("x-pathname") ?? "/"} nonce={request.get("x-nonce") ?? undefined}>
          {children}
        </SiteShell>
      </body>
    </html>
  );
}
