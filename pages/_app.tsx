// The Pages Router takes global CSS only here; it is the same stylesheet app/layout.tsx uses.
import type { AppProps } from "next/app";
import "../app/globals.css";

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
