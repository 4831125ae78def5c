// Any console.error during a unit or integration test fails it: an error the code logs is an
// error the test did not expect. A test that expects one stubs console.error itself.
import { afterEach, beforeEach, vi } from "vitest";

let logged: unknown[][] = [];

beforeEach(() => {
  logged = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (logged.length > 0) throw new Error(`console.error was called during this test:\n${logged.map((args) => args.map(String).join(" ")).join("\n")}`);
});
