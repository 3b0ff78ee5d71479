"use client";
// Error boundary for pages; messages are passed as literals because client code cannot read the catalogue's functions.
import { zhCN } from "@/lib/i18n/zh-CN";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const m = zhCN.error;
  return (
    <div className="page-head" role="alert">
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <button className="button" type="button" onClick={reset}>{m.retry}</button>
    </div>
  );
}
