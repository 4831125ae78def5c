import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the e-mail address is unknown, so that the answer takes as long as for
// a known one and timing does not tell which part was wrong.
const UNKNOWN_USER_HASH = "$argon2id$v=19$m=19456,t=2,p=1$NIghWJwaF0mIf4kei4PrTw$pxV6SA6SKV1IXlsmV+FG9DbotrGywbit5mCHvgaBjdQ";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? UNKNOWN_USER_HASH, password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}
