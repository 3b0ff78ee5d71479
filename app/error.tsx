"use client";
// Error boundary for pages. A client component has no request to ask for the language, so it reads the one the
// server wrote on <html lang>; it imports only the error page's strings, not the catalogues (lib/i18n/zh-CN-error.ts).
import { useSyncExternalStore } from "react";
import { errorMessagesEn } from "@/lib/i18n/en-error";
import { errorMessages } from "@/lib/i18n/zh-CN-error";

const noSubscription = () => () => {};
const pageIsEnglish = () => document.documentElement.lang === "en";
// Rendered on the server (no document) in Chinese, the default; hydration then switches to the page's language.
const serverIsEnglish = () => false;

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const english = useSyncExternalStore(noSubscription, pageIsEnglish, serverIsEnglish);
  const m = english ? errorMessagesEn : errorMessages;
  return (
    <div className="page-head" role="alert" lang={english ? "en" : "zh-CN"}>
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <button className="button" type="button" onClick={reset}>{m.retry}</button>
    </div>
  );
}
