export * from "./format.ts";
export * from "./reader.ts";
export * from "./rebuild.ts";
export * from "./recorder.ts";
export * from "./replayer.ts";
export * from "./summary.ts";
