// The overview, served by the Pages Router so that it can ship without a client runtime: nothing on it needs
// React in the browser (the download buttons run on a tiny script, components/ui/site-shell.tsx), and the
// App Router's runtime alone is over the page's 130 KB budget (bench/js-size). Every other page is in app/.
import type { GetServerSideProps } from "next";
import Head from "next/head";
import { Overview } from "@/components/overview/overview";
import { SiteShell } from "@/components/ui/site-shell";
import { getMessages } from "@/lib/i18n";
import { getOverviewData, type OverviewData } from "@/lib/queries/overview";

type OverviewPageProps = { data: OverviewData; nonce: string | null };

// `unstable_runtimeJS: false` drops the client runtime and the page data script from the HTML.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<OverviewPageProps> = async ({ req }) => {
  const nonce = req.headers["x-nonce"];
  return { props: { data: await getOverviewData(), nonce: typeof nonce === "string" ? nonce : null } };
};

export default function OverviewPage({ data, nonce }: OverviewPageProps) {
  const m = getMessages();
  return (
    <>
      <Head>
        <title>{m.site.name}</title>
        <meta name="description" content={m.site.tagline} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteShell pathname="/" nonce={nonce ?? undefined}>
        <Overview {...data} />
      </SiteShell>
    </>
  );
}
