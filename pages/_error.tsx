// What the overview shows if it fails (the database unreadable, say): the site's frame and a plain message,
// in Chinese like the App Router's error page (app/error.tsx), instead of Next's default English one.
import type { NextPageContext } from "next";
import Head from "next/head";
import { SiteShell } from "@/components/ui/site-shell";
import { getMessages } from "@/lib/i18n";

type ErrorPageProps = { nonce: string | null };

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function ErrorPage({ nonce }: ErrorPageProps) {
  const m = getMessages();
  return (
    <>
      <Head>
        <title>{`${m.error.title} · ${m.site.name}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteShell pathname="/" nonce={nonce ?? undefined}>
        <div className="page-head" role="alert">
          <h1>{m.error.title}</h1>
          <p>{m.error.body}</p>
        </div>
      </SiteShell>
    </>
  );
}

ErrorPage.getInitialProps = ({ req }: NextPageContext): ErrorPageProps => {
  const nonce = req?.headers["x-nonce"];
  return { nonce: typeof nonce === "string" ? nonce : null };
};
