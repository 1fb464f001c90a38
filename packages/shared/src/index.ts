export * from "./protocol/index.ts";
export * from "./rules/index.ts";
export * from "./sim/index.ts";
export * from "./state/index.ts";
