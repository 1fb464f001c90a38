export * from "./clock.ts";
export * from "./connection.ts";
export * from "./guest-token.ts";
export * from "./interpolation.ts";
export * from "./order-prediction.ts";
export * from "./prediction.ts";
