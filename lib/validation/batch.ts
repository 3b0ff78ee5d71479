// The batch stage check's input: pasted text and/or an uploaded UTF-8 text file, from a form or a request.
import { z } from "zod";

export const maxBatchFileBytes = 1_000_000;
export const maxBatchTextChars = 200_000;

const uploadSchema = z
  .instanceof(File)
  .refine((file) => file.size <= maxBatchFileBytes, `file must be at most ${maxBatchFileBytes / 1_000_000} MB`)
  .optional();

export const batchInputSchema = z
  .object({
    text: z.string().max(maxBatchTextChars, `text must be at most ${maxBatchTextChars} characters`).default(""),
    file: z.preprocess((v) => (v instanceof File && v.size === 0 ? undefined : v), uploadSchema),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strip();

export type BatchInput = z.infer<typeof batchInputSchema>;

export class BatchInputError extends Error {}

/** The lines to check: the pasted text followed by the file's text (which must be UTF-8). */
export async function batchText(input: BatchInput): Promise<string> {
  if (!input.file) return input.text;
  let fileText: string;
  try {
    fileText = new TextDecoder("utf-8", { fatal: true }).decode(await input.file.arrayBuffer());
  } catch {
    throw new BatchInputError("file must be UTF-8 text");
  }
  return [input.text, fileText].filter((t) => t.trim() !== "").join("\n");
}

export function formDataRecord(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries([...formData.keys()].map((k) => [k, formData.get(k)!]));
}
