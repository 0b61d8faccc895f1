import { FUNCTIONS } from "../../functions/registry";
import { DUTCH } from "../../functions/translations";

/** The namespace of the add-in's functions in Excel (manifest: Namespace MDI). */
export const NAMESPACE = "MDI";

/**
 * The add-in's functions by the names a formula may call them: namespace MDI,
 * any case, English or Dutch, as Excel resolves them. Each workbook keeps its
 * own table, filled on first use.
 */
export class FunctionNames {
  private ids: Map<string, string> | undefined;

  private known(): Map<string, string> {
    if (this.ids) return this.ids;
    const ids = new Map<string, string>();
    for (const id of Object.keys(FUNCTIONS)) {
      ids.set(`${NAMESPACE}.${id}`.toUpperCase(), id);
      const dutch = DUTCH[id]?.name;
      if (dutch) ids.set(`${NAMESPACE}.${dutch}`.toUpperCase(), id);
    }
    return (this.ids = ids);
  }

  /**
   * The registry id of a function name as typed in a formula, or undefined.
   * @example new FunctionNames().resolve("mdi.score") // "SCORE"
   */
  resolve(name: string): string | undefined {
    const upper = name.toUpperCase();
    const ids = this.known();
    const known = ids.get(upper);
    if (known) return known;
    // Functions registered after the first lookup (other modules may add to FUNCTIONS).
    const prefix = `${NAMESPACE}.`;
    if (!upper.startsWith(prefix)) return undefined;
    const id = upper.slice(prefix.length);
    if (FUNCTIONS[id]) {
      ids.set(upper, id);
      return id;
    }
    for (const [candidate, translation] of Object.entries(DUTCH)) {
      if (translation.name.toUpperCase() === id && FUNCTIONS[candidate]) {
        ids.set(upper, candidate);
        return candidate;
      }
    }
    return undefined;
  }
}
