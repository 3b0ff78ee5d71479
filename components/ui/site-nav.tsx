// Site navigation, rendered on the server: the current section is marked for screen readers and the eye
// from the request path (proxy.ts passes it on), with no script on the page. Wide screens show the links in a
// row; phones, tablets and narrow windows (globals.css, ≤ 980 px, about what the English row needs) fold them
// into a "菜单" disclosure, a <details> that opens without script. Only one of the two is displayed at a time, so a screen reader meets each link once.
import type { Locale } from "@/lib/i18n/locales";
import Link from "./link";

export type NavItem = { href: string; label: string };

type SiteNavProps = {
  items: NavItem[];
  label: string;
  pathname: string;
  /** The phone menu's summary ("菜单"). */
  menuLabel: string;
  locale: Locale;
};

function NavLinks({ items, current, locale }: { items: NavItem[]; current: string | undefined; locale: Locale }) {
  return items.map((item) => (
    <Link locale={locale} key={item.href} href={item.href} aria-current={item.href === current ? "page" : undefined}>
      {item.label}
    </Link>
  ));
}

export function SiteNav({ items, label, pathname, menuLabel, locale }: SiteNavProps) {
  const matches = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  // The most specific matching item is current, so /stage/batch does not also mark /stage.
  const current = items.filter((item) => matches(item.href)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav className="site-nav" aria-label={label}>
      <div className="site-nav__row">
        <NavLinks items={items} current={current?.href} locale={locale} />
      </div>
      <details className="site-nav__menu">
        <summary>{menuLabel}</summary>
        <div className="site-nav__list">
          <NavLinks items={items} current={current?.href} locale={locale} />
        </div>
      </details>
    </nav>
  );
}
