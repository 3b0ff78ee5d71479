// The Pages Router's frame for its two pages (the overview and its error page): the stylesheet app/layout.tsx
// also uses (the Pages Router takes global CSS only here), the viewport, and the site's shell.
import type { AppProps } from "next/app";
import Head from "next/head";
import { SiteShell } from "@/components/ui/site-shell";
import type { PageRequest } from "@/lib/i18n/request-header";
import "../app/globals.css";
import "../app/print.css";

/** Every page here passes on its request's CSP nonce (lib/http/nonce.ts), which the shell's script needs, and
 * its language, path and query (lib/i18n/request-header.ts), which the shell and _document.tsx need. */
export type PageNonce = { nonce: string | null; page: PageRequest };

export default function App({ Component, pageProps }: AppProps<PageNonce>) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteShell page={pageProps.page} nonce={pageProps.nonce ?? undefined}>
        <Component {...pageProps} />
      </SiteShell>
    </>
  );
}
