"use client";
// Copies a reference to the clipboard. Shown only once JavaScript runs: without it the reference beside it
// stays plain, selectable text, which is the whole feature.
import { useState, useSyncExternalStore } from "react";

type CopyButtonProps = { text: string; label: string; copied: string; failed: string };

const subscribeToNothing = () => () => {};

export function CopyButton({ text, label, copied, failed }: CopyButtonProps) {
  const hasScript = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  if (!hasScript) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <span className="copy-button">
      <button type="button" className="button button--quiet button--small" onClick={copy}>{label}</button>
      <span role="status" className="note">{status === "copied" ? copied : status === "failed" ? failed : ""}</span>
    </span>
  );
}
