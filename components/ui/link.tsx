// Plain links. Every page is rendered on the server per request, so client-side navigation would mostly
// add JavaScript: next/link's chunk alone put `/` over its 130 KB budget (bench/js-size).
// Site paths are written as in Chinese ("/regions/cn") and put in the page's language here ("/en/regions/cn").
import type { AnchorHTMLAttributes } from "react";
import { localizedPath, type Locale } from "@/lib/i18n/locales";

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; locale: Locale };

export default function Link({ href, locale, ...rest }: LinkProps) {
  return <a href={localizedPath(locale, href)} {...rest} />;
}
