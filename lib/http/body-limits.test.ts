// The body limits are plain numbers (next.config.ts loads them without the "@/" alias): keep them above
// what the importer and the batch check accept, so a valid upload is never refused at the door.
import { describe, expect, it } from "vitest";
import { maxBatchFileBytes, maxBatchTextChars } from "@/lib/validation/batch";
import { maxImportBytes } from "@/lib/validation/import";
import { bodyLimit, formBodyLimit, importBodyLimit } from "./body-limits";

describe("body limits", () => {
  it("fit the importer's largest file with room for its form", () => {
    expect(importBodyLimit).toBeGreaterThanOrEqual(maxImportBytes + 1_000_000);
    expect(bodyLimit("/api/v1/import")).toBe(importBodyLimit);
    expect(bodyLimit("/admin/import")).toBe(importBodyLimit);
  });

  it("fit the largest batch: the file and the text, percent-encoded or as multipart", () => {
    expect(formBodyLimit).toBeGreaterThanOrEqual(maxBatchTextChars * 9);
    expect(formBodyLimit).toBeGreaterThanOrEqual(maxBatchFileBytes + maxBatchTextChars * 3 + 10_000);
    expect(bodyLimit("/api/v1/stage/batch")).toBe(formBodyLimit);
    expect(bodyLimit("/stage/batch")).toBe(formBodyLimit);
  });
});
