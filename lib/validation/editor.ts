// Editor forms: the login password (the page's form and POST /api/v1/session) and an uploaded import file.
import { z } from "zod";
import { isSameOriginPath } from "@/lib/auth/next-path";
import { maxImportBytes } from "./import";

const password = z.string({ error: "required" }).min(1, "required").max(200, "too-long");

/** Where to go after logging in: a path on this site (lib/auth/next-path.ts); blank is absent. */
const nextPath = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.string().refine(isSameOriginPath, "a path on this site is expected: one leading slash, no scheme, no // or backslash, no control characters").optional(),
);

/** The login form: a `next` that is not a path on this site is dropped (the login then goes to the import page). */
export const loginSchema = z.object({ password, next: nextPath.catch(undefined) });

/** POST /api/v1/session: a script is told about a bad `next` (400) instead. */
export const sessionRequestSchema = z.object({ password, next: nextPath });
export type SessionRequest = z.infer<typeof sessionRequestSchema>;

export const uploadSchema = z.object({
  file: z
    .instanceof(File, { message: "required" })
    .refine((f) => f.size > 0, "required")
    .refine((f) => f.size <= maxImportBytes, "too-large"),
});
