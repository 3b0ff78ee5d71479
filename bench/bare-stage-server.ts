// The stage API on bare node:http, the ceiling bench/throughput compares `next start` with: the same schema,
// report and error body as app/api/v1/stage/route.ts, none of Next's routing, middleware or headers.
// Usage: node --import tsx bench/bare-stage-server.ts <port>   (prints "listening" once ready)
import { createServer } from "node:http";
import { buildStageReport } from "@/lib/domain/stage-report";
import { stageSchemes } from "@/lib/domain/stage-scheme";
import { errorBody } from "@/lib/errors";
import { searchParamsRecord, stageQuerySchema } from "@/lib/validation/stage";

const port = Number(process.argv[2] ?? 3222);

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  let status = 200;
  let body: unknown;
  if (request.method !== "GET" || url.pathname !== "/api/v1/stage") {
    [status, body] = [404, { error: "Not found" }];
  } else {
    try {
      const query = stageQuerySchema.parse(searchParamsRecord(url.searchParams));
      body = buildStageReport(stageSchemes[query.scheme]!, query, new Date().getFullYear());
    } catch (error) {
      ({ status, body } = errorBody(error));
    }
  }
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
});

server.listen(port, "127.0.0.1", () => console.log("listening"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
