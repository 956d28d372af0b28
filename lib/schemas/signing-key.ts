import { z } from "zod";

/** `GET /api/signing-key`: the public half of the console's Ed25519 signing key, as PEM and as a JWK (RFC 8037). */
export const PublicSigningKey = z.object({
  keyId: z.string().regex(/^ed25519:[0-9a-f]{16}$/),
  algorithm: z.literal("Ed25519"),
  publicKeyPem: z.string().startsWith("-----BEGIN PUBLIC KEY-----"),
  jwk: z.object({
    kty: z.literal("OKP"),
    crv: z.literal("Ed25519"),
    x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    kid: z.string(),
    use: z.literal("sig"),
    alg: z.literal("EdDSA"),
  }),
});
export type PublicSigningKey = z.infer<typeof PublicSigningKey>;
