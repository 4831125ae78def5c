// Seals small secrets with AES-256-GCM, under a key derived from AUTH_SECRET per purpose: TOTP
// keys at rest, so a copy of the database alone does not give away anyone's second factor, and a
// search term in a list's URL, so the address bar, the history and a proxy's log hold no name.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

export interface Doel {
  /** What the key is for: each purpose has a key of its own. */
  doel: "totp-secret-box" | "zoekterm";
  /** Whose it is: bound to the ciphertext, so it opens for them only. */
  bij?: string;
}
const TOTP: Doel = { doel: "totp-secret-box" };

function key(doel: Doel["doel"]): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: it is needed to seal and open secrets.");
  return Buffer.from(hkdfSync("sha256", secret, "toptrajecten", doel, 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", all base64url. */
export function seal(plaintext: string, doel: Doel = TOTP): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(doel.doel), iv);
  if (doel.bij) cipher.setAAD(Buffer.from(doel.bij));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function open(sealed: string, doel: Doel = TOTP): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("Not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key(doel.doel), Buffer.from(iv, "base64url"));
  if (doel.bij) decipher.setAAD(Buffer.from(doel.bij));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
