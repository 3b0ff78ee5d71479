// Document for the Pages Router, which serves only the overview (pages/index.tsx); the rest is the App Router.
import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { parseLocale } from "@/lib/i18n/locales";

export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  // The page's props carry its language (pages/_app.tsx); the error page without a request falls back to Chinese.
  const pageProps: unknown = __NEXT_DATA__.props?.pageProps;
  const locale = typeof pageProps === "object" && pageProps !== null && "page" in pageProps ? parseLocale((pageProps as { page?: { locale?: string } }).page?.locale) : parseLocale(null);
  return (
    <Html lang={locale}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
