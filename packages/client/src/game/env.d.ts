/// <reference types="vite/client" />

/** Set by vite.config.ts: the port of the game server `npm run dev` starts. */
declare const __OCTET_DEV_SERVER_PORT__: string;
