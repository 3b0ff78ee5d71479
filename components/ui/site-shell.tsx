// The frame every page sits in: skip link, header with the site navigation, main, footer, and the small
// script that runs the charts' download buttons. Shared by the App Router layout and the Pages Router's
// frame (pages/_app.tsx), which serves the overview without a client runtime.
import Link from "./link";
import { SiteNav } from "./site-nav";
import { getMessages } from "@/lib/i18n";

/** Built by scripts/bundle.ts from lib/client/chart-downloads.ts. */
const chartDownloadsScript = "/scripts/chart-downloads.js";

type SiteShellProps = {
  /** Path of this request, to mark the current section in the navigation. */
  pathname: string;
  /** This response's CSP nonce (proxy.ts): the policy runs no script without it. */
  nonce: string | undefined;
  children: React.ReactNode;
};

export function SiteShell({ pathname, nonce, children }: SiteShellProps) {
  const m = getMessages();
  const nav = [
    { href: "/", label: m.site.nav.overview },
    { href: "/stages", label: m.site.nav.stages },
    { href: "/regions", label: m.site.nav.regions },
    { href: "/indicators", label: m.site.nav.indicators },
    { href: "/index", label: m.site.nav.index },
    { href: "/zones", label: m.site.nav.zones },
    { href: "/frameworks", label: m.site.nav.frameworks },
    { href: "/stage", label: m.site.nav.stage },
    { href: "/sources", label: m.site.nav.sources },
  ];
  return (
    <>
      <a className="skip-link" href="#main">{m.site.skipToContent}</a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="site-brand">
            {m.site.name} <small>{m.site.nameEn}</small>
          </Link>
          <SiteNav items={nav} label={m.site.name} pathname={pathname} menuLabel={m.siteMenu.summary} />
          <Link href="/admin/import" className="site-edit">{m.editor.editLink}</Link>
        </div>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <div className="site-footer__inner">{m.site.footer}</div>
      </footer>
      <script async src={chartDownloadsScript} nonce={nonce} />
    </>
  );
}
