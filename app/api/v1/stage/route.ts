import { stageAnswer } from "@/lib/stage-api";

/** Also answered by server.ts's fast path in production; both call stageAnswer. */
export function GET(request: Request): Response {
  const { status, body } = stageAnswer(new URL(request.url).searchParams, new Date().getFullYear());
  return Response.json(body, { status });
}
