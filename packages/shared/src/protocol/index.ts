export * from "./actions.ts";
export * from "./codec.ts";
export * from "./codes.ts";
