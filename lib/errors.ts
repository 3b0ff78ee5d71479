// Errors as values at the HTTP boundary: validation → 400 naming the fields, AppError → its status,
// anything else → 500 with a generic message (the real one logged once).
import { ZodError } from "zod";

export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type ApiIssue = { path: (string | number)[]; message: string };
export type ApiErrorBody = { error: string; issues?: ApiIssue[] };

export function zodIssues(error: ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
}

export function errorBody(error: unknown): { status: number; body: ApiErrorBody } {
  if (error instanceof ZodError) {
    const fields = [...new Set(error.issues.map((i) => i.path.join(".")).filter(Boolean))];
    return {
      status: 400,
      body: { error: `Invalid input: ${fields.join(", ") || "request"}`, issues: zodIssues(error) },
    };
  }
  if (error instanceof AppError) return { status: error.status, body: { error: error.message } };
  console.error(error);
  return { status: 500, body: { error: "Internal error" } };
}

export function toErrorResponse(error: unknown): Response {
  const { status, body } = errorBody(error);
  return Response.json(body, { status });
}
