"use client";
// Site navigation; marks the current section for screen readers and the eye.
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

export function SiteNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
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
