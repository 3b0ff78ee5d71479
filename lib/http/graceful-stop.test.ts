// A real node:http server stopped while it answers: the request under way finishes, a new connection is
// refused, an idle keep-alive connection does not hold the stop open, and the deadline closes a request
// that never ends.
import { createServer, request as httpRequest, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { stopGracefully } from "./graceful-stop";

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

/** A server whose /slow answers after `ms` and whose /hang never answers; the rest at once. */
async function start(ms: number): Promise<number> {
  server = createServer((request, response) => {
    if (request.url === "/hang") return;
    setTimeout(() => response.end("done"), request.url === "/slow" ? ms : 0);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function get(port: number, path: string, agent?: Agent): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, agent }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end();
  });
}

describe("stopping gracefully", () => {
  it("lets the request under way finish and refuses new connections", async () => {
    const port = await start(300);
    const slow = get(port, "/slow");
    await new Promise((r) => setTimeout(r, 50));
    const stopped = stopGracefully(server!, 5_000);
    expect(await get(port, "/")).toEqual({ error: "ECONNREFUSED" });
    expect(await slow).toEqual({ status: 200, body: "done" });
    expect(await stopped).toEqual({ finished: true });
  });

  it("does not wait for an idle keep-alive connection", async () => {
    const port = await start(0);
    const agent = new Agent({ keepAlive: true });
    expect(await get(port, "/", agent)).toEqual({ status: 200, body: "done" });
    // Had the idle connection held the stop open, the deadline would have closed it: finished false.
    expect(await stopGracefully(server!, 5_000)).toEqual({ finished: true });
    agent.destroy();
  });

  it("closes a request that outlives the deadline", async () => {
    const port = await start(0);
    const hanging = get(port, "/hang");
    await new Promise((r) => setTimeout(r, 50));
    expect(await stopGracefully(server!, 200)).toEqual({ finished: false });
    expect(await hanging).toHaveProperty("error");
  });
});
