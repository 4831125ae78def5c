// A POST the framework cannot read — not a server action's shape, plain text, a forged React
// Server Components payload — fails inside Next.js before any of our code runs, and Next.js answers
// it with a 500 whose body carries an error digest. Our own actions never fail that way: the one
// transport (lib/http/action.ts) turns every error into a message, and the unavailable database
// into a 503. So a 500 on a POST is the client's malformed request: it gets a plain 400, with
// nothing of Next.js's body or headers but the security headers, and is logged.
import type { IncomingMessage, ServerResponse } from "node:http";

export const MALFORMED_BODY = "Ongeldig verzoek.";

const KEPT_HEADERS = /^(content-security-policy|strict-transport-security|x-content-type-options|x-frame-options|referrer-policy|permissions-policy|cross-origin-.*|cache-control|x-request-id)$/i;

type Callback = (error?: Error | null) => void;

/** Makes `response` answer 400 instead of the framework's 500 to a POST; calls `onRefused` once. */
export function refuseMalformedPost(request: IncomingMessage, response: ServerResponse, onRefused: () => void): void {
  if (request.method !== "POST") return;
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: Record<string, string | number>) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let refused = false;

  const refuse = () => {
    refused = true;
    for (const name of response.getHeaderNames()) if (!KEPT_HEADERS.test(name)) response.removeHeader(name);
    writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(MALFORMED_BODY) });
    onRefused();
  };
  const failing = (status: number) => status === 500 && !response.headersSent;
  const callbackOf = (args: unknown[]) => args.find((a): a is Callback => typeof a === "function");

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (!refused && failing(status)) refuse();
    return refused ? response : (writeHead as (...a: unknown[]) => ServerResponse)(status, ...rest);
  }) as ServerResponse["writeHead"];
  response.write = ((...args: unknown[]) => {
    if (!refused && failing(response.statusCode)) refuse();
    if (!refused) return write(...args);
    const callback = callbackOf(args);
    if (callback) process.nextTick(callback);
    return true;
  }) as ServerResponse["write"];
  response.end = ((...args: unknown[]) => {
    if (!refused && failing(response.statusCode)) refuse();
    if (!refused) return end(...args);
    const callback = callbackOf(args);
    if (response.writableEnded) {
      if (callback) process.nextTick(callback);
      return response;
    }
    return callback ? end(MALFORMED_BODY, callback) : end(MALFORMED_BODY);
  }) as ServerResponse["end"];
}
