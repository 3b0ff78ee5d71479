// The machine's reference figure: requests per second that bare node:http (bench/bare-stage-server.ts, in its
// own process) answers for the stage API under 50 connections on loopback. bench/throughput reports it as the
// stage API's ceiling; benchmarks that time CPU work (bench/index) report it beside their times, since these
// machines' speed moves from day to day.
import { spawn } from "node:child_process";
import autocannon from "autocannon";

export const connections = 50;
export const stagePath = "/api/v1/stage?gdp=13953";

export type Load = { requestsPerSecond: number; p99Ms: number; errors: number; non2xx: number };

/** 50 connections for `seconds`, after a short untimed burst so JIT warm-up and first-request loading stay out. */
export async function measureLoad(url: string, seconds: number): Promise<Load> {
  await autocannon({ url, connections: 10, duration: 2 });
  const result = await autocannon({ url, connections, duration: seconds });
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

/** Starts bench/bare-stage-server.ts in its own process, so it does not share an event loop with autocannon. */
export async function startBareServer(port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/bare-stage-server.ts", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((ready, fail) => {
    child.stdout.once("data", () => ready());
    child.once("exit", (code) => fail(new Error(`bare-stage-server exited with ${code} (is port ${port} free?)`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => (child.exitCode !== null ? Promise.resolve() : new Promise<void>((done) => (child.once("exit", () => done()), child.kill("SIGTERM")))),
  };
}

export type BareReference = { requestsPerSecond: number; seconds: number; errors: number };

export async function measureBareReference(options: { port: number; seconds: number }): Promise<BareReference> {
  const bare = await startBareServer(options.port);
  try {
    const load = await measureLoad(bare.url + stagePath, options.seconds);
    return { requestsPerSecond: load.requestsPerSecond, seconds: options.seconds, errors: load.errors + load.non2xx };
  } finally {
    await bare.stop();
  }
}
