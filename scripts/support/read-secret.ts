// A secret for a command-line tool: all of standard input (for scripts and pipes), or typed at a
// terminal prompt without echo, twice.
import { stdin, stdout } from "node:process";

async function fromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  // The newline `echo` or a here-string adds is not part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

function typed(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!stdin.isTTY) return reject(new Error("Geen terminal: geef het wachtwoord met --password-stdin."));
    stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    let value = "";
    const onData = (data: Buffer) => {
      for (const char of data.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          stdin.off("data", onData);
          stdin.setRawMode(false);
          stdin.pause();
          stdout.write("\n");
          return resolve(value);
        }
        if (char === "\u0003") {
          stdin.setRawMode(false);
          stdout.write("\n");
          process.exit(130);
        }
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on("data", onData);
  });
}

/** Asks twice; null when the two differ. */
async function fromPrompt(prompt: string, again: string): Promise<string | null> {
  const first = await typed(prompt);
  return (await typed(again)) === first ? first : null;
}

export const readSecret = { fromStdin, fromPrompt };
