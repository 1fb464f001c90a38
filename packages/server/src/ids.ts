/**
 * The one shape of the ids that reach the server from outside (room ids,
 * match ids, player ids: Colyseus nanoids, and a match id is a room id plus
 * "-" and a base-36 time). Checked before an id is used as a file name, a
 * Redis key or a matchmaker query, so a path or a key pattern never gets in.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
