// What the overview shows if it fails (the database unreadable, say): the site's frame (pages/_app.tsx) and a
// plain message, in Chinese like the App Router's error page (app/error.tsx), instead of Next's English one.
import type { NextPageContext } from "next";
import Head from "next/head";
import { requestNonce } from "@/lib/http/nonce";
import { getMessages } from "@/lib/i18n";
import { pageRequest } from "@/lib/i18n/request-header";
import type { PageNonce } from "./_app";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function ErrorPage({ page }: PageNonce) {
  const m = getMessages(page.locale);
  return (
    <>
      <Head>
        <title>{`${m.error.title} · ${m.site.name}`}</title>
      </Head>
      <div className="page-head" role="alert">
        <h1>{m.error.title}</h1>
        <p>{m.error.body}</p>
      </div>
    </>
  );
}

ErrorPage.getInitialProps = ({ req }: NextPageContext): PageNonce => ({ nonce: requestNonce(req?.headers ?? {}), page: pageRequest(req?.headers ?? {}) });
