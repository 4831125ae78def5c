// A POST the framework cannot read gets a plain 400 from the production server: no 500, no stack,
// no error digest. The action id is a real one from the build, so that each body reaches the
// framework's decoding of a server action's arguments.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { MALFORMED_BODY } from "@/lib/http/malformed-post";
import { PORTS } from "../../playwright.instances.config";

const origin = `http://localhost:${PORTS[0]}`;

function signInActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  const [id] = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "signInAction" && "app/login/page" in entry.workers)!;
  return id;
}

const EXPLOIT = JSON.stringify({
  then: "$1:__proto__:then",
  status: "resolved_model",
  reason: -1,
  value: '{"then":"$B1337"}',
  _response: { _prefix: "process.mainModule.require('child_process').execSync('id');", _formData: { get: "$1:constructor:constructor" } },
});

test("malformed action payloads get a 400 without a stack or digest", async ({ request }) => {
  const action = { origin, "next-action": signInActionId() };
  const multipart = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return form;
  };
  const bodies: { name: string; headers: Record<string, string>; data?: string; multipart?: FormData }[] = [
    { name: "plain text", headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, data: "dit is geen server action {{" },
    { name: "not the framework's shape", headers: { ...action, "content-type": "application/json" }, data: '{"$$typeof":1,"0":[' },
    { name: "the deserialisation exploit's shape", headers: action, multipart: multipart({ "0": EXPLOIT, "1": '"$@0"' }) },
    { name: "a form post naming no action", headers: { origin }, multipart: multipart({ $ACTION_REF_1: "", "1_$ACTION_ID_x": "", a: "b" }) },
  ];
  for (const body of bodies) {
    const response = await request.post(`${origin}/login`, { headers: body.headers, data: body.data, multipart: body.multipart, maxRedirects: 0 });
    const text = await response.text();
    expect.soft(response.status(), body.name).toBe(400);
    expect.soft(text, body.name).not.toMatch(/digest|stack|at .*\(|node_modules|Error/i);
    expect.soft(response.headers()["x-content-type-options"], body.name).toBe("nosniff");
    // Ours, or the framework's own one-line 400 for a form that names no action.
    expect.soft([MALFORMED_BODY, "Invalid Server Action request."], body.name).toContain(text);
  }
});
