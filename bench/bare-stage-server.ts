// The stage API on bare node:http, the ceiling bench/throughput compares the app's server with: the same
// lib function (stageAnswer) as app/api/v1/stage/route.ts and server.ts, without Next or any headers.
// Usage: node --import tsx bench/bare-stage-server.ts <port>   (prints "listening" once ready)
import { createServer } from "node:http";
import { stageAnswer } from "@/lib/stage-api";

const port = Number(process.argv[2] ?? 3222);

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  let status = 200;
  let body: unknown;
  if (request.method !== "GET" || url.pathname !== "/api/v1/stage") {
    [status, body] = [404, { error: "Not found" }];
  } else {
    ({ status, body } = stageAnswer(url.searchParams, new Date().getFullYear()));
  }
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
});

server.listen(port, "127.0.0.1", () => console.log("listening"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
