import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Link from "@/components/ui/link";
import { SiteNav } from "@/components/ui/site-nav";
import { getMessages } from "@/lib/i18n";
import "./globals.css";

const m = getMessages();

export const metadata: Metadata = {
  title: { default: m.site.name, template: `%s · ${m.site.name}` },
  description: m.site.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page dynamic, which the per-request CSP nonce (proxy.ts) needs.
  const pathname = (await headers()).get("x-pathname") ?? "/";
  const nav = [
    { href: "/", label: m.site.nav.overview },
    { href: "/regions", label: m.site.nav.regions },
    { href: "/indicators", label: m.site.nav.indicators },
    { href: "/zones", label: m.site.nav.zones },
    { href: "/frameworks", label: m.site.nav.frameworks },
    { href: "/stage", label: m.site.nav.stage },
    { href: "/sources", label: m.site.nav.sources },
  ];
  return (
    <html lang="zh-CN">
      <body>
        <a className="skip-link" href="#main">{m.site.skipToContent}</a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href="/" className="site-brand">
              {m.site.name} <small>{m.site.nameEn}</small>
            </Link>
            <SiteNav items={nav} label={m.site.name} pathname={pathname} />
            <Link href="/admin/import" className="site-edit">{m.editor.editLink}</Link>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="site-footer__inner">{m.site.footer}</div>
        </footer>
      </body>
    </html>
  );
}
