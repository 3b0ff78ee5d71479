// Site navigation, rendered on the server: the current section is marked for screen readers and the eye
// from the request path (proxy.ts passes it on), with no script on the page.
import Link from "./link";

export type NavItem = { href: string; label: string };

export function SiteNav({ items, label, pathname }: { items: NavItem[]; label: string; pathname: string }) {
  const matches = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  // The most specific matching item is current, so /stage/batch does not also mark /stage.
  const current = items.filter((item) => matches(item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav className="site-nav" aria-label={label}>
      {items.map((item) => (
        <Link key={item.href} href={item.href} aria-current={item.href === current ? "page" : undefined}>
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
