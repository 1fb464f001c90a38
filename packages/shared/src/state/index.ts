export * from "./schema.ts";
export * from "./sync.ts";
