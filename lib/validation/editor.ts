// Editor forms: the login password and an uploaded import file.
import { z } from "zod";
import { maxImportBytes } from "./import";

export const loginSchema = z.object({
  password: z.string().min(1, "required").max(200, "too-long"),
  next: z.string().regex(/^\/[a-z0-9/_-]*$/i).optional().catch(undefined),
});

export const uploadSchema = z.object({
  file: z
    .instanceof(File, { message: "required" })
    .refine((f) => f.size > 0, "required")
    .refine((f) => f.size <= maxImportBytes, "too-large"),
});

/** FormData as a plain record for zod (first value of each field). */
export function formRecord(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries([...formData.keys()].map((key) => [key, formData.get(key)!]));
}
