import { EngineError } from "./errors";

/** A group code as it comes from a sheet: a region or gemeente code, a name, or a number. */
export type GroupCode = string | number | null | undefined;

/** Areas numbered by group, for ranks and deciles within groups. */
export interface GroupIds {
  /** Group id per area, 0 … count − 1; −1 for an area without a group. */
  readonly ids: Int32Array;
  /** Number of distinct groups. */
  readonly count: number;
  /** The code of each group id, as first seen. */
  readonly codes: readonly (string | number)[];
}

/**
 * Numbers the distinct group codes 0, 1, 2 … in order of first appearance.
 * Codes compare as Excel compares cells: text ignoring case and surrounding
 * spaces ("GM0363" = "gm0363 "), numbers by value, and a number never equals
 * a text ("363" ≠ 363). null, "" and NaN mean "no group" (id −1).
 *
 * @example groupIds(["GM0363", "GM0599", "gm0363", null]).ids // Int32Array [0, 1, 0, -1]
 * @throws {EngineError} NUMBER_INVALID for an infinite number
 */
export function groupIds(codes: ArrayLike<GroupCode>): GroupIds {
  const ids = new Int32Array(codes.length);
  const idOf = new Map<string, number>();
  const firstCodes: (string | number)[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    let key: string;
    if (typeof code === "number") {
      if (code !== code) {
        ids[i] = -1;
        continue;
      }
      if (!Number.isFinite(code)) {
        throw new EngineError("NUMBER_INVALID", "a group code must be finite", {
          parameter: "groups",
          row: i,
          value: code,
        });
      }
      key = `n${code + 0}`; // -0 and 0 are one group
    } else if (typeof code === "string" && code.trim() !== "") {
      key = `t${code.trim().toLowerCase()}`;
    } else {
      ids[i] = -1;
      continue;
    }
    let id = idOf.get(key);
    if (id === undefined) {
      id = firstCodes.length;
      idOf.set(key, id);
      firstCodes.push(typeof code === "string" ? code.trim() : code);
    }
    ids[i] = id;
  }
  return { ids, count: firstCodes.length, codes: firstCodes };
}
