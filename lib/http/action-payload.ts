// Checks a form post to a page before Next decodes it as a server action, because Next answers 500 to a
// body it cannot decode (multipart that does not parse, arguments that are not React's reply format,
// references to parts that are not there) and our actions to arguments that are not theirs. Every action
// here is a form's: (previous state, form data) or (form data), so the arguments are plain JSON values,
// "$undefined"-style constants and, last, "$K…" for the form data. Anything else is refused with the reason.
import type { IncomingHttpHeaders } from "node:http";

/** Strings the React reply format uses for values JSON cannot hold. */
const replyConstants = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0", "$T"]);

/** Why `body` is not a payload Next can decode, or null when it is (or is not an action at all). */
export async function actionPayloadProblem(headers: IncomingHttpHeaders, body: Buffer): Promise<string | null> {
  const contentType = headers["content-type"] ?? "";
  const isMultipart = contentType.startsWith("multipart/form-data");
  const actionId = headers["next-action"];
  if (actionId === undefined) {
    if (!isMultipart) return null; // a plain post: Next renders the page
    const form = await parseMultipart(contentType, body);
    return form ? formActionProblem(form) : "the body is not valid multipart/form-data";
  }
  if (typeof actionId !== "string" || !/^[0-9a-f]{1,128}$/i.test(actionId)) return "the Next-Action header is not an action id";
  if (contentType === "application/x-www-form-urlencoded") return null; // Next answers these 404 itself
  if (isMultipart) {
    const form = await parseMultipart(contentType, body);
    if (!form) return "the body is not valid multipart/form-data";
    const root = form.get("0");
    if (typeof root !== "string") return "the action's arguments (form field 0) are missing";
    return argumentsProblem(root);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return "the action's arguments are not UTF-8 text";
  }
  return argumentsProblem(text);
}

async function parseMultipart(contentType: string, body: Buffer): Promise<FormData | null> {
  try {
    return await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

/** A form posted without JavaScript: each "$ACTION_REF_n" names its action and bound arguments in "$ACTION_n:0". */
function formActionProblem(form: FormData): string | null {
  for (const key of form.keys()) {
    const ref = /^\$ACTION_REF_(.*)$/.exec(key);
    if (!ref) continue;
    const prefix = `$ACTION_${ref[1]}:`;
    const meta = parseJson(form.get(`${prefix}0`));
    if (meta === undefined) return `the form's action (${prefix}0) is missing or not JSON`;
    const { id, bound } = (meta ?? {}) as { id?: unknown; bound?: unknown };
    if (typeof id !== "string" || !(bound === null || typeof bound === "string")) return `the form's action (${prefix}0) has no action id`;
    if (bound === null) continue;
    // The bound arguments (useActionState's previous state) are outlined as "$@<n>" in part n.
    const outlined = /^\$@([0-9a-f]+)$/i.exec(bound);
    const args = outlined ? parseJson(form.get(prefix + String(parseInt(outlined[1]!, 16)))) : undefined;
    if (!Array.isArray(args)) return `the form's bound arguments (${bound.slice(0, 12)}) are missing or not a list`;
    const problem = valueProblem(args);
    if (problem) return problem;
  }
  return null;
}

function argumentsProblem(text: string): string | null {
  const root = parseJson(text);
  if (root === undefined) return "the action's arguments are not JSON";
  // Every action here is a form's: its last argument is the form data ("$K…").
  if (!Array.isArray(root) || !/^\$K[0-9a-f]*$/i.test(String(root.at(-1)))) return "the action's arguments do not end with the form's data";
  return valueProblem(root);
}

function parseJson(text: FormDataEntryValue | null): unknown {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Walks a decoded argument: plain JSON, escaped strings ("$$…"), constants, dates, big integers and form data
 * only. Outlined parts, server references, streams and typed arrays are never sent by our forms. */
function valueProblem(value: unknown): string | null {
  if (typeof value === "string") return stringProblem(value);
  if (value === null || typeof value !== "object") return null;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const problem = valueProblem(item);
    if (problem) return problem;
  }
  return null;
}

function stringProblem(text: string): string | null {
  if (text[0] !== "$" || text[1] === "$" || replyConstants.has(text)) return null;
  if (/^\$K[0-9a-f]*$/i.test(text) || /^\$D/.test(text) || /^\$n-?\d{1,300}$/.test(text)) return null;
  return `the action's arguments hold ${JSON.stringify(text.slice(0, 12))}, which no form of this site sends`;
}
