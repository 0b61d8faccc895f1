/**
 * The name box and formula bar above the grid: the active cell's address, and its formula (or
 * value). Typing a value or formula and pressing Enter puts it in the cell, so one can see the
 * add-in's live formulas follow an edit of their source data.
 */
import * as React from "react";
import { Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../i18n/language";
import type { Cell } from "../../workbook/model";
import type { CellInput } from "../../workbook/port";

const useStyles = makeStyles({
  root: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    alignItems: "center",
  },
  name: { width: "96px", flexShrink: 0 },
  formula: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
});

/**
 * What the user typed as a cell input: a formula, a number (with the decimal separator of the
 * user's language), or text. An empty field empties the cell.
 * @example parseCellInput("3,5", "nl") // 3.5
 * @example parseCellInput("1e309", "en") // "1e309"
 * @example parseCellInput("=MDI.RANK(B2:B480)", "en") // { formula: "=MDI.RANK(B2:B480)" }
 */
export function parseCellInput(text: string, language: Language): CellInput {
  const trimmed = text.trim();
  if (trimmed.startsWith("=")) return { formula: trimmed };
  if (trimmed === "") return "";
  const normalised = language === "nl" ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed.replace(/,/g, "");
  // A number beyond Excel's (1e309 is Infinity) stays text, as Excel keeps it.
  const number = Number(normalised);
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normalised) && Number.isFinite(number)) return number;
  return trimmed;
}

/** The text the formula bar shows for a cell: its formula, else its value as typed. */
function editText(cell: Cell | undefined, language: Language): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (typeof v === "object") return v.error;
  if (typeof v === "number") return language === "nl" ? String(v).replace(".", ",") : String(v);
  return String(v);
}

export interface FormulaBarProps {
  address: string;
  cell: Cell | undefined;
  language: Language;
  nameLabel: string;
  formulaLabel: string;
  onCommit: React.Dispatch<CellInput>;
}

export function FormulaBar({ address, cell, language, nameLabel, formulaLabel, onCommit }: FormulaBarProps) {
  const styles = useStyles();
  const shown = editText(cell, language);
  const [text, setText] = React.useState(shown);
  React.useEffect(() => setText(shown), [shown, address]);
  return (
    <div className={styles.root}>
      <Input className={styles.name} size="small" readOnly value={address} aria-label={nameLabel} />
      <Input
        className={styles.formula}
        size="small"
        value={text}
        aria-label={formulaLabel}
        onChange={(_, data) => setText(data.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") onCommit(parseCellInput(text, language));
          if (event.key === "Escape") setText(shown);
        }}
      />
    </div>
  );
}
