const NAMED: Record<string, string> = {
  ShiftLeft: "Shift",
  ShiftRight: "Shift",
  ControlLeft: "Ctrl",
  ControlRight: "Ctrl",
  AltLeft: "Alt",
  AltRight: "Alt",
  MetaLeft: "Meta",
  MetaRight: "Meta",
  ArrowUp: "↑",
  ArrowDown: "↓",
  ArrowLeft: "←",
  ArrowRight: "→",
  Equal: "=",
  Minus: "-",
  Backquote: "`",
  BracketLeft: "[",
  BracketRight: "]",
  Semicolon: ";",
  Quote: "'",
  Comma: ",",
  Period: ".",
  Slash: "/",
  Backslash: "\\",
  NumpadAdd: "Num +",
  NumpadSubtract: "Num -",
  NumpadMultiply: "Num *",
  NumpadDivide: "Num /",
  NumpadDecimal: "Num .",
  NumpadEnter: "Num Enter",
};

/** A KeyboardEvent.code as a keycap says it: "KeyW" -> "W", "Digit4" -> "4", null -> "—". */
export function keyLabel(code: string | null): string {
  if (code === null) return "—";
  if (NAMED[code]) return NAMED[code];
  const m = /^(Key|Digit|Numpad)(.+)$/.exec(code);
  if (m) return m[1] === "Numpad" ? `Num ${m[2]}` : m[2]!;
  return code;
}
