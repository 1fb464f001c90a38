import { Reject } from "@octet/shared/protocol";

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * What the HUD says when the server turns down one of the player's actions:
 * every reason gets a sentence (the server's own detail where it is already
 * written for people), so no order fails silently.
 */
export function rejectText(reason: number, detail: string): string {
  switch (reason) {
    case Reject.InsufficientGold:
    case Reject.UnitLimit:
    case Reject.InvalidTarget:
      return capitalize(detail);
    case Reject.NotAlive:
      return "Your commander is down: wait for the respawn";
    case Reject.NotPlaying:
      return "The match is not running";
    case Reject.RateLimited:
      return "Too many orders at once: slow down";
    case Reject.UnknownEntity:
      return "That target is out of sight";
    case Reject.NotOwner:
      return "Those units are not yours";
    case Reject.OutOfRange:
      return `Order refused: ${detail || "out of range"}`;
    default:
      return `The server refused an order${detail ? `: ${detail}` : ""}`;
  }
}
