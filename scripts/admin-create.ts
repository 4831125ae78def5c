// `npm run admin:create -- --email <address> --naam "<name>" [--password-stdin]`: the first
// functioneel beheerder on an empty database, on either engine, without the seed. The password
// comes from standard input with --password-stdin, otherwise from a prompt that does not echo; a
// weak one is refused. An address that exists already is refused with exit code 1, changing
// nothing. The new account must set up its second factor at first sign-in (TOTP_REQUIRED_ROLES).
// Bundled by scripts/bundle.mjs into dist/admin-create.mjs.
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { installDatabase } from "../lib/db";
import { openAndMigrate } from "../lib/db/prepare";
import { AppError } from "../lib/errors";
import { createAccount } from "../lib/users/accounts";
import { readSecret } from "./support/read-secret";

const USAGE = 'Gebruik: npm run admin:create -- --email <adres> --naam "<naam>" [--password-stdin]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { email: { type: "string" }, naam: { type: "string" }, "password-stdin": { type: "boolean", default: false } }, strict: true });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
if (!values.email || !values.naam) fail(USAGE);

const password = values["password-stdin"] ? await readSecret.fromStdin() : await readSecret.fromPrompt("Wachtwoord: ", "Nogmaals: ");
if (password === null) fail("De twee wachtwoorden zijn niet gelijk; er is niets aangemaakt.");

const { database } = await openAndMigrate().catch((error: unknown) => fail(`Database niet beschikbaar: ${error instanceof Error ? error.message : String(error)}`));
installDatabase(database);
try {
  await createAccount({ email: values.email, naam: values.naam, role: "ADMIN", password });
  console.log(`Account aangemaakt voor ${values.email.trim().toLowerCase()} (functioneel beheerder). Meld u aan en stel de tweestapsverificatie in.`);
} catch (error) {
  process.exitCode = 1;
  if (error instanceof ZodError) console.error(error.issues.map((issue) => issue.message).join("\n"));
  else if (error instanceof AppError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : String(error));
} finally {
  await database.close();
}
