// The frame every page sits in: skip link, header with the site navigation, main, footer, and the small
// script that runs the charts' download buttons. Shared by the App Router layout and the Pages Router's
// frame (pages/_app.tsx), which serves the overview without a client runtime.
import Link from "./link";
import { SiteNav } from "./site-nav";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { PageRequest } from "@/lib/i18n/request-header";
import { switchHref } from "@/lib/i18n/switch";

/** Built by scripts/bundle.ts from lib/client/chart-downloads.ts. */
const chartDownloadsScript = "/scripts/chart-downloads.js";

type SiteShellProps = {
  /** This request's language, and its path and query without "/en": the navigation marks the current
   * section from the path, and the language switch leads to the same page and query in the other language. */
  page: PageRequest;
  /** This response's CSP nonce (proxy.ts): the policy runs no script without it. */
  nonce: string | undefined;
  children: React.ReactNode;
};

/** The language switch: the other language, named in itself. */
function LanguageSwitch({ page }: { page: PageRequest }) {
  const to: Locale = page.locale === "en" ? "zh-CN" : "en";
  const label = getMessages(page.locale).site.switchLanguage;
  return (
    <a className="site-lang" href={switchHref(to, page.pathname + page.search)} hrefLang={to} lang={to} aria-label={label.aria}>
      {label.text}
    </a>
  );
}

export function SiteShell({ page, nonce, children }: SiteShellProps) {
  const { locale, pathname } = page;
  const m = getMessages(locale);
  const englishTail = locale === "en" && m.site.name.startsWith(`${m.site.nameEn}: `) ? m.site.name.slice(m.site.nameEn.length + 2) : null;
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
          <Link locale={locale} href="/" className="site-brand">
            {/* "科产融合指标看板 Kechan"; in English "Kechan" and the rest of its name ("science–industry …") beside it.
                Phones show only the first part (globals.css), so the header keeps to one line in either language. */}
            {englishTail !== null ? <>{m.site.nameEn} <small>{englishTail}</small></> : <>{m.site.name} <small lang="en">{m.site.nameEn}</small></>}
          </Link>
          <SiteNav items={nav} label={m.site.name} pathname={pathname} menuLabel={m.siteMenu.summary} locale={locale} />
          <LanguageSwitch page={page} />
          <Link locale={locale} href="/admin/import" className="site-edit">{m.editor.editLink}</Link>
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
