/** Values compiled in at build time (see scripts/build-env.ts). */
declare const __LODESTONE_FEED_URL__: string;
declare const __LODESTONE_PINNED_KEYS__: ReadonlyArray<{ keyId: string; publicKey: string }>;
