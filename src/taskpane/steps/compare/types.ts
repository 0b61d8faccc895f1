import type * as React from "react";
import type { CorrelationOutcome } from "../../compute/correlations";
import type { DataAnalysis } from "../../model/analyze";
import type { MdiConfig } from "../../model/config";
import type { PaneAction } from "../../state/paneReducer";

export interface CompareStepProps {
  readonly config: MdiConfig;
  readonly analysis: DataAnalysis;
  readonly outcome: CorrelationOutcome | null;
  /** Something blocks computing the MDI (see validate.ts). */
  readonly blocked: boolean;
  readonly busy: boolean;
  readonly onCompare: () => void;
  readonly dispatch: React.Dispatch<PaneAction>;
}

export interface ComparatorChoiceProps {
  readonly candidates: readonly string[];
  readonly chosen: readonly string[];
  readonly onChange: (column: string, chosen: boolean) => void;
}
