// The overview, served by the Pages Router so that it can ship without a client runtime: nothing on it needs
// React in the browser (the download buttons run on a tiny script, components/ui/site-shell.tsx), and the
// App Router's runtime alone is over the page's 130 KB budget (bench/js-size). Every other page is in app/.
import type { GetServerSideProps } from "next";
import Head from "next/head";
import { Overview } from "@/components/overview/overview";
import { requestNonce } from "@/lib/http/nonce";
import { getMessages } from "@/lib/i18n";
import { pageRequest } from "@/lib/i18n/request-header";
import { getOverviewData, type OverviewData } from "@/lib/queries/overview";
import type { PageNonce } from "./_app";

type OverviewPageProps = PageNonce & { data: OverviewData };

// `unstable_runtimeJS: false` drops the client runtime and the page data script from the HTML.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<OverviewPageProps> = async ({ req }) => ({
  props: { data: await getOverviewData(), nonce: requestNonce(req.headers), page: pageRequest(req.headers) },
});

export default function OverviewPage({ data, page }: OverviewPageProps) {
  const m = getMessages(page.locale);
  return (
    <>
      <Head>
        <title>{m.site.name}</title>
        <meta name="description" content={m.site.tagline} />
      </Head>
      <Overview {...data} locale={page.locale} />
    </>
  );
}
