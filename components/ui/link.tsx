// Plain links. Every page is rendered on the server per request, so client-side navigation would mostly
// add JavaScript: next/link's chunk alone put `/` over its 130 KB budget (bench/js-size).
import type { AnchorHTMLAttributes } from "react";

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

export default function Link({ href, ...rest }: LinkProps) {
  return <a href={href} {...rest} />;
}
